// Opening a school with what it needs on its first day (grading settings, kinds of work, absence
// codes, bells) and its first administrator, inside the caller's transaction. Used by the
// regional administrator's form, the import of a region's schools and `npm run admin:create`, so
// it runs in plain Node too: no "server-only", no lib/db.ts.
import type { TTransaction } from "../database/prisma";
import { defaultAbsenceCodes, defaultBellName, defaultBells, defaultWorkKinds } from "./school-defaults";

export type TNewSchool = {
  regionId: number;
  municipalityId: number;
  nameRu: string;
  nameTt: string;
  shortNameRu: string;
  shortNameTt: string;
  address: string | null;
  registryCode?: string | null;
};

export type TFirstAdmin = { lastName: string; firstName: string; middleName: string | null; login: string; passwordHash: string };

export async function openSchool(tx: TTransaction, school: TNewSchool, admin: TFirstAdmin): Promise<{ schoolId: number; adminId: number }> {
  const created = await tx.school.create({
    data: {
      ...school,
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
      login: admin.login,
      passwordHash: admin.passwordHash,
      mustChangePassword: true,
      lastName: admin.lastName,
      firstName: admin.firstName,
      middleName: admin.middleName,
      roles: { create: { role: "SCHOOL_ADMIN", schoolId: created.id } },
    },
    select: { id: true },
  });
  return { schoolId: created.id, adminId: person.id };
}
