// A regional administrator imports the region's schools from an Excel or CSV file: a preview row
// by row, new schools opened with their first administrators (one-time passwords on a sheet),
// changed ones updated by their registry code, the same file again changing nothing, and a bad file
// refused with a translated reason and nothing written.
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { changedTables, closeSnapshots, snapshot } from "@/test/security/db-snapshot";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asUser, signedIn } from "@/test/support/session";
import { commitSchoolsImportAction, previewSchoolsImportAction } from "./import-actions";

afterAll(closeSnapshots);

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Школы");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`).toString("base64");

async function regionAdmin() {
  const s = await createTestSchool(db);
  const admin = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
  const municipality = await db.municipality.findFirstOrThrow({ where: { regionId: s.regionId }, select: { nameRu: true } });
  return { s, admin, municipality: municipality.nameRu };
}

async function importFile(admin: { id: number }, fileBase64: string, fileName = "schools.xlsx") {
  const preview = await asUser(admin, () => previewSchoolsImportAction({ fileBase64, fileName }));
  const done = await asUser(admin, () => commitSchoolsImportAction({ fileBase64, fileName, digest: preview!.data!.digest }));
  return { preview: preview!.data!, done };
}

describe("importing a region's schools", () => {
  it("opens the schools of an Excel file with their administrators, and the same file again changes nothing", async () => {
    const { s, admin, municipality } = await regionAdmin();
    // Tatar headers, an INN typed as a number, a municipality that exists and one that does not.
    const file = await xlsx([
      ["Реестр коды", "Тулы исеме", "Татарча тулы исеме", "Кыска исеме", "Муниципалитет", "Адрес", "Администраторның фамилиясе", "Администраторның исеме"],
      [1644000001, "МБОУ «СОШ № 4»", "«4 нче УГБМ» МБГБУ", "СОШ № 4", municipality, "ул. Ленина, 4", "Галиева", "Алия"],
      [1644000002, "МБОУ «Гимназия № 5»", "", "Гимназия № 5", "Азнакаевский район", "", "", ""],
    ]);
    const { preview, done } = await importFile(admin, file);
    expect(preview.encoding).toBe("xlsx");
    expect(preview.counts).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
    expect(preview.rows[1].notes).toContainEqual({ key: "newMunicipality", params: { name: "Азнакаевский район" } });
    const accounts = done!.data!.accounts;
    expect(accounts.map((a) => [a.schoolName, a.name, a.login])).toEqual([
      ["СОШ № 4", "Галиева Алия", "admin.1644000001"],
      ["Гимназия № 5", "Администратор", "admin.1644000002"],
    ]);
    const schools = await db.school.findMany({
      where: { regionId: s.regionId, registryCode: { not: null } },
      orderBy: { registryCode: "asc" },
      select: {
        registryCode: true,
        nameTt: true,
        municipality: { select: { nameRu: true } },
        workKinds: { select: { id: true } },
        roles: { select: { role: true, user: { select: { login: true, mustChangePassword: true, passwordHash: true } } } },
      },
    });
    expect(schools.map((x) => [x.registryCode, x.nameTt, x.municipality.nameRu])).toEqual([
      ["1644000001", "«4 нче УГБМ» МБГБУ", municipality],
      ["1644000002", "МБОУ «Гимназия № 5»", "Азнакаевский район"],
    ]);
    expect(schools.every((x) => x.workKinds.length === 4)).toBe(true);
    const firstAdmin = schools[0].roles[0];
    expect(firstAdmin.role).toBe("SCHOOL_ADMIN");
    expect(firstAdmin.user.mustChangePassword).toBe(true);
    expect(await verifyPassword(firstAdmin.user.passwordHash, accounts[0].password)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "region.importSchools", entityId: String(s.regionId) }, select: { actorId: true } });
    expect(audit.actorId).toBe(admin.id);

    // Signed in before the fingerprint: a sign-in writes its session row, the preview nothing.
    const asAdmin = await signedIn(admin);
    const before = await snapshot();
    const again = await asAdmin(() => previewSchoolsImportAction({ fileBase64: file, fileName: "schools.xlsx" }));
    expect(again?.data?.counts).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
    expect(changedTables(before, await snapshot())).toEqual([]);
  });

  it("updates a school found by its code, skips a row with an error, and empty cells change nothing", async () => {
    const { s, admin, municipality } = await regionAdmin();
    await importFile(admin, csv(["Код в реестре;Полное название;Муниципалитет;Адрес", `1644100001;МБОУ «СОШ № 9»;${municipality};ул. Старая, 1`]), "a.csv");
    const { preview, done } = await importFile(
      admin,
      csv([
        "ИНН;Наименование;Муниципальный район;Адрес;№",
        "1644 100001;МБОУ «Средняя школа № 9»;Новый район;;1",
        "1644100002;МБОУ «СОШ № 10»;;ул. Новая;2",
        "1644100001;МБОУ «Повтор»;Новый район;;3",
      ]),
      "b.csv",
    );
    expect(preview.ignored).toEqual(["№"]);
    expect(preview.rows.map((r) => r.status)).toEqual(["changed", "error", "error"]);
    expect(preview.rows[0].notes).toEqual([
      { key: "changed", column: "schoolName" },
      { key: "changed", column: "municipality" },
      { key: "newMunicipality", params: { name: "Новый район" } },
    ]);
    expect(preview.rows[1].notes).toEqual([{ column: "municipality", key: "required" }]);
    expect(preview.rows[2].notes).toEqual([{ key: "duplicateRow", params: { row: 2 } }]);
    expect(done?.data?.accounts).toEqual([]);
    const school = await db.school.findFirstOrThrow({
      where: { regionId: s.regionId, registryCode: "1644100001" },
      select: { nameRu: true, address: true, municipality: { select: { nameRu: true } } },
    });
    expect(school).toEqual({ nameRu: "МБОУ «Средняя школа № 9»", address: "ул. Старая, 1", municipality: { nameRu: "Новый район" } });
  });

  it("refuses a file it cannot read or without the needed columns, with a reason, writing nothing", async () => {
    const { admin } = await regionAdmin();
    const asAdmin = await signedIn(admin);
    const before = await snapshot();
    const broken = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)]).toString("base64");
    const binary = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).toString("base64");
    const noColumns = csv(["Полное название;Адрес", "Школа;ул. Мира"]);
    for (const [fileBase64, key] of [
      [broken, "unreadable"],
      [binary, "unreadable"],
      [noColumns, "missingColumns"],
    ] as const) {
      const preview = await asAdmin(() => previewSchoolsImportAction({ fileBase64, fileName: "x" }));
      expect(preview?.data?.fileIssues[0]?.key).toBe(key);
      const commit = await asAdmin(() => commitSchoolsImportAction({ fileBase64, fileName: "x", digest: "0".repeat(64) }));
      expect(commit?.serverError?.code).toBe("validation");
    }
    expect(changedTables(before, await snapshot())).toEqual([]);
  });

  it("refuses a commit when the region changed since the preview", async () => {
    const { admin, municipality } = await regionAdmin();
    const fileBase64 = csv(["Код в реестре;Полное название;Муниципалитет", `1644200001;МБОУ «СОШ № 11»;${municipality}`]);
    const preview = await asUser(admin, () => previewSchoolsImportAction({ fileBase64, fileName: "c.csv" }));
    await importFile(admin, fileBase64, "c.csv");
    const stale = await asUser(admin, () => commitSchoolsImportAction({ fileBase64, fileName: "c.csv", digest: preview!.data!.digest }));
    expect(stale?.serverError?.code).toBe("conflict");
  });
});
