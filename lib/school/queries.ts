// The school (or region) a signed-in person works in, for the shell and for scoping pages.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type TSchoolHeader = { id: number; nameRu: string; nameTt: string; shortNameRu: string; shortNameTt: string };

/** The first school among the person's roles, or null for a regional administrator. */
export const getPrimarySchool = cache(async (user: TCurrentUser): Promise<TSchoolHeader | null> => {
  const schoolId = user.roles.find((r) => r.schoolId !== null)?.schoolId;
  if (!schoolId) return null;
  return db.school.findUnique({
    where: { id: schoolId },
    select: { id: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true },
  });
});

export const getPrimaryRegion = cache(async (user: TCurrentUser) => {
  const regionId = user.roles.find((r) => r.regionId !== null)?.regionId;
  if (!regionId) return null;
  return db.region.findUnique({ where: { id: regionId }, select: { id: true, nameRu: true, nameTt: true } });
});

/** The current academic year of a school and its terms. */
export const getCurrentYear = cache(async (schoolId: number) => {
  return db.academicYear.findFirst({
    where: { schoolId, isCurrent: true },
    select: {
      id: true,
      name: true,
      startDate: true,
      endDate: true,
      termKind: true,
      terms: { select: { id: true, number: true, startDate: true, endDate: true, isLocked: true }, orderBy: { number: "asc" } },
    },
  });
});
