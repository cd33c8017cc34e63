"use server";
// A regional administrator opens a school: the school with its defaults and its first
// administrator, whose one-time password is shown once.
import { revalidatePath } from "next/cache";
import { regionAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { zOptionalText, zText } from "@/lib/forms/fields";
import { prepareAccounts } from "@/lib/roster/accounts";
import { LOGIN_PATTERN } from "@/lib/roster/logins";
import { fullName } from "@/lib/school/names";
import { z, zId } from "@/lib/validation";
import { defaultAbsenceCodes, defaultBellName, defaultBells, defaultWorkKinds } from "./school-defaults";

const ZCreateSchoolInput = z.object({
  municipalityId: zId,
  nameRu: zText(200),
  nameTt: zText(200),
  shortNameRu: zText(60),
  shortNameTt: zText(60),
  address: zOptionalText(300),
  adminLastName: zText(60),
  adminFirstName: zText(60),
  adminMiddleName: zOptionalText(60),
  adminLogin: z
    .string()
    .trim()
    .toLowerCase()
    .max(40)
    .refine((v) => v === "" || LOGIN_PATTERN.test(v), "admin:validation.login")
    .transform((v) => v || null),
});

export const createSchoolAction = regionAdminClient
  .metadata({ name: "region.createSchool" })
  .inputSchema(ZCreateSchoolInput)
  .action(async ({ parsedInput: input, ctx: { user, regionId } }) => {
    const municipality = await db.municipality.findFirst({ where: { id: input.municipalityId, regionId }, select: { id: true } });
    if (!municipality) failFields(ZCreateSchoolInput, [{ path: "municipalityId", message: "field.invalid_value" }]);
    if (await db.school.findFirst({ where: { regionId, nameRu: input.nameRu }, select: { id: true } })) {
      failFields(ZCreateSchoolInput, [{ path: "nameRu", message: adminMessage("schoolExists") }]);
    }
    if (input.adminLogin && (await db.user.findUnique({ where: { login: input.adminLogin }, select: { id: true } }))) {
      failFields(ZCreateSchoolInput, [{ path: "adminLogin", message: adminMessage("loginTaken") }]);
    }
    const admin = { lastName: input.adminLastName, firstName: input.adminFirstName, middleName: input.adminMiddleName };
    const [account] = await prepareAccounts([{ ...admin, wanted: input.adminLogin }]);
    const school = await db.$transaction(async (tx) => {
      const created = await tx.school.create({
        data: {
          regionId,
          municipalityId: municipality.id,
          nameRu: input.nameRu,
          nameTt: input.nameTt,
          shortNameRu: input.shortNameRu,
          shortNameTt: input.shortNameTt,
          address: input.address,
          gradingSettings: { create: {} },
          workKinds: { create: defaultWorkKinds() },
          absenceCodes: { create: defaultAbsenceCodes() },
        },
        select: { id: true },
      });
      const bells = await tx.bellSchedule.create({ data: { schoolId: created.id, variant: "NORMAL", name: defaultBellName() }, select: { id: true } });
      await tx.bellPeriod.createMany({ data: defaultBells().map((b) => ({ ...b, schoolId: created.id, bellScheduleId: bells.id })) });
      const person = await tx.user.create({
        data: {
          login: account.login,
          passwordHash: account.passwordHash,
          mustChangePassword: true,
          ...admin,
          roles: { create: { role: "SCHOOL_ADMIN", schoolId: created.id } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        schoolId: created.id,
        actorId: user.id,
        action: "school.create",
        entityType: "School",
        entityId: created.id,
        after: { ...input, adminLogin: account.login, adminId: person.id },
      });
      return created;
    });
    revalidatePath("/region");
    return { schoolId: school.id, adminName: fullName(admin), login: account.login, password: account.password };
  });
