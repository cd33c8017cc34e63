// A regional administrator opens a school with its first administrator and sensible defaults.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { createSchoolAction } from "./actions";
import { getRegionSchools } from "./queries";

const input = (municipalityId: number) => ({
  municipalityId,
  nameRu: "МБОУ «Гимназия № 7»",
  nameTt: "«7 нче гимназия» МБГБУ",
  shortNameRu: "Гимназия № 7",
  shortNameTt: "7 нче гимназия",
  address: "",
  adminLastName: "Зарипова",
  adminFirstName: "Лилия",
  adminMiddleName: "Маратовна",
  adminLogin: "",
});

describe("opening a school", () => {
  it("creates the school with defaults and an administrator who must change the one-time password", async () => {
    const s = await createTestSchool(db);
    const region = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
    const municipality = await db.municipality.findFirstOrThrow({ where: { regionId: s.regionId }, select: { id: true } });
    const result = await asUser(region, () => createSchoolAction(input(municipality.id)));
    expect(result?.validationErrors).toBeUndefined();
    const { schoolId, login, password } = result!.data!;
    expect(login).toMatch(/^zaripova\.lm\d*$/);
    const school = await db.school.findUniqueOrThrow({
      where: { id: schoolId },
      select: {
        regionId: true,
        shortNameTt: true,
        gradingSettings: { select: { thresholdPreset: true } },
        workKinds: { orderBy: { sortOrder: "asc" }, select: { code: true, nameRu: true, nameTt: true, weight: true, isDefault: true } },
        absenceCodes: { orderBy: { sortOrder: "asc" }, select: { letterRu: true, letterTt: true, kind: true } },
        bellSchedules: { select: { variant: true, _count: { select: { periods: true } } } },
        roles: { select: { role: true, user: { select: { login: true, mustChangePassword: true, passwordHash: true } } } },
      },
    });
    expect(school.regionId).toBe(s.regionId);
    expect(school.gradingSettings?.thresholdPreset).toBe("T260");
    expect(school.workKinds[0]).toEqual({ code: "answer", nameRu: "Ответ на уроке", nameTt: "Дәрестәге җавап", weight: 1, isDefault: true });
    expect(school.absenceCodes.map((c) => [c.letterRu, c.letterTt, c.kind])).toEqual([
      ["Н", "Н", "UNEXCUSED"],
      ["Б", "А", "ILLNESS"],
      ["У", "Д", "EXCUSED"],
      ["О", "С", "LATE"],
    ]);
    expect(school.bellSchedules).toEqual([{ variant: "NORMAL", _count: { periods: 7 } }]);
    expect(school.roles).toHaveLength(1);
    expect(school.roles[0].role).toBe("SCHOOL_ADMIN");
    expect(school.roles[0].user.mustChangePassword).toBe(true);
    expect(await verifyPassword(school.roles[0].user.passwordHash, password)).toBe(true);
    expect((await getRegionSchools(s.regionId)).map((x) => x.nameRu)).toContain("МБОУ «Гимназия № 7»");
  });

  it("refuses a municipality of another region and a school administrator", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const region = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
    const foreign = await db.municipality.findFirstOrThrow({ where: { regionId: other.regionId }, select: { id: true } });
    const result = await asUser(region, () => createSchoolAction(input(foreign.id)));
    expect(result?.validationErrors?.fieldErrors).toEqual({ municipalityId: ["field.invalid_value"] });
    const mine = await db.municipality.findFirstOrThrow({ where: { regionId: s.regionId }, select: { id: true } });
    expect((await asUser(s.admin, () => createSchoolAction(input(mine.id))))?.serverError?.code).toBe("forbidden");
    expect(await db.school.count({ where: { regionId: s.regionId } })).toBe(1);
  });
});
