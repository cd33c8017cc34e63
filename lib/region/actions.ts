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
import { openSchool } from "./open-school";

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
      const { nameRu, nameTt, shortNameRu, shortNameTt, address } = input;
      const opened = await openSchool(
        tx,
        { regionId, municipalityId: municipality.id, nameRu, nameTt, shortNameRu, shortNameTt, address },
        { ...admin, login: account.login, passwordHash: account.passwordHash },
      );
      await recordAudit(tx, {
        schoolId: opened.schoolId,
        actorId: user.id,
        action: "school.create",
        entityType: "School",
        entityId: opened.schoolId,
        after: { ...input, adminLogin: account.login, adminId: opened.adminId },
      });
      return { id: opened.schoolId };
    });
    revalidatePath("/region");
    return { schoolId: school.id, adminName: fullName(admin), login: account.login, password: account.password };
  });
