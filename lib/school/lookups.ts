// Checks that a referenced row belongs to the administrator's school, shared by the actions.
import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { fromIsoDate, schoolToday } from "@/lib/i18n/dates";

/** An active person holding the role in the school, or null. */
export async function findMember(schoolId: number, userId: number, role: Role) {
  return db.user.findFirst({
    where: { id: userId, isActive: true, roles: { some: { schoolId, role } } },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
}

export async function findCurrentYear(schoolId: number) {
  return db.academicYear.findFirst({ where: { schoolId, isCurrent: true }, select: { id: true, startDate: true, endDate: true } });
}

/** Enrolments that hold on a day: started on or before it, not ended before it. */
export function enrolledOn(day: string = schoolToday()) {
  const date = fromIsoDate(day);
  return { startDate: { lte: date }, OR: [{ endDate: null }, { endDate: { gte: date } }] };
}
