// Who may open which report, decided on the server from the rows themselves (lib/authz.ts):
//   reports:read:school — the school's administration: every report of their school;
//   reports:read:own    — a teacher: their own assignments, and as homeroom teacher their class's
//                         term sheet and attendance;
//   region:read         — the regional administrator: the region summary, and a school summary of
//                         any school of their region.
// Anything not allowed answers null, and the page answers "not found".
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { isId } from "@/lib/validation";

export type TReportClass = { id: number; schoolId: number; yearId: number; grade: number; letter: string; homeroomTeacherId: number | null };

/** A class whose term sheet and attendance the user may read. */
export const getReadableClass = cache(async (user: TCurrentUser, classId: number): Promise<TReportClass | null> => {
  if (!isId(classId)) return null;
  const cls = await db.schoolClass.findUnique({
    where: { id: classId },
    select: { id: true, schoolId: true, yearId: true, grade: true, letter: true, homeroomTeacherId: true },
  });
  if (!cls) return null;
  if (schoolsWith(user.roles, "reports:read:school").includes(cls.schoolId)) return cls;
  if (cls.homeroomTeacherId === user.id && schoolsWith(user.roles, "reports:read:own").includes(cls.schoolId)) return cls;
  return null;
});

export type TReportAssignment = {
  id: number;
  schoolId: number;
  yearId: number;
  classId: number;
  subjectId: number;
  subgroupId: number | null;
  teacherId: number;
  class: { grade: number; letter: string };
  subject: { nameRu: string; nameTt: string };
  subgroup: { name: string } | null;
  teacher: { lastName: string; firstName: string; middleName: string | null };
};

/** A teaching assignment whose report the user may read: their own, or any of their school for the administration. */
export const getReadableAssignment = cache(async (user: TCurrentUser, assignmentId: number): Promise<TReportAssignment | null> => {
  if (!isId(assignmentId)) return null;
  const a = await db.teachingAssignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      schoolId: true,
      yearId: true,
      classId: true,
      subjectId: true,
      subgroupId: true,
      teacherId: true,
      class: { select: { grade: true, letter: true } },
      subject: { select: { nameRu: true, nameTt: true } },
      subgroup: { select: { name: true } },
      teacher: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  if (!a) return null;
  if (schoolsWith(user.roles, "reports:read:school").includes(a.schoolId)) return a;
  if (a.teacherId === user.id && schoolsWith(user.roles, "reports:read:own").includes(a.schoolId)) return a;
  return null;
});

export type TReportSchool = { id: number; regionId: number; nameRu: string; nameTt: string; shortNameRu: string; shortNameTt: string };

/**
 * The school whose summary the user may read: the one asked for (their own, or one of their
 * region for a regional administrator), else the first school they administer.
 */
export const getReadableSchool = cache(async (user: TCurrentUser, schoolId?: number): Promise<TReportSchool | null> => {
  const own = schoolsWith(user.roles, "reports:read:school");
  const id = schoolId ?? own[0];
  if (id === undefined || !isId(id)) return null;
  const school = await db.school.findUnique({
    where: { id },
    select: { id: true, regionId: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true },
  });
  if (!school) return null;
  if (own.includes(school.id) || can(user.roles, "region:read", { regionId: school.regionId })) return school;
  return null;
});

/** The region whose summary the user may read, if any. */
export const getReadableRegion = cache(async (user: TCurrentUser) => {
  const regionId = user.roles.find((r) => r.role === "REGION_ADMIN" && r.regionId !== null)?.regionId;
  if (!regionId || !can(user.roles, "region:read", { regionId })) return null;
  return db.region.findUnique({ where: { id: regionId }, select: { id: true, nameRu: true, nameTt: true } });
});
