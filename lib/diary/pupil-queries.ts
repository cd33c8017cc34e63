// Whose diaries a person reads: their own, their children's, for administrators any pupil of their
// school, and for teachers the pupils they teach (taughtPupilSql), each with the class they are in today and the reader's unread count.
// One SQL statement per call: the shell's badge, the child switcher, the "whose diary" header and
// the access check of a student's or parent's page all come from the same cached list.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { schoolToday } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import { newsSince } from "./news";
import { newHomeworkWhere, newMarksWhere } from "./news-sql";

export type TDiaryPupil = {
  id: number;
  firstName: string;
  lastName: string;
  schoolId: number;
  /** "5 «А»", or null when the pupil is in no class today. */
  className: string | null;
  /** Marks and homework new to this reader in this pupil's diary. */
  unread: number;
  /** The moment after which marks and homework are new to this reader (their last visit). */
  since: Date;
};

type TRow = Omit<TDiaryPupil, "className"> & { grade: number | null; letter: string | null };

async function pupilRows(readerId: number, pupilFilter: Prisma.Sql): Promise<TDiaryPupil[]> {
  const now = new Date();
  const today = schoolToday(now);
  const since = Prisma.sql`s.since`;
  const rows = await db.$queryRaw<TRow[]>`
    WITH p AS (
      SELECT DISTINCT ON (u.id) u.id, u."firstName", u."lastName", u."birthDate", r."schoolId"
      FROM "User" u JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'STUDENT'
      WHERE ${pupilFilter}
      ORDER BY u.id, r.id
    ), s AS (
      SELECT p.*, COALESCE(rs."seenAt", ${newsSince(null, now)}) AS since
      FROM p LEFT JOIN "DiaryReadState" rs ON rs."readerId" = ${readerId} AND rs."studentId" = p.id
    )
    SELECT s.id, s."firstName", s."lastName", s."schoolId", s.since, c.grade, c.letter,
      ((SELECT count(*) FROM "Mark" m WHERE ${newMarksWhere(Prisma.sql`s.id`, Prisma.sql`s."schoolId"`, since)})
        + (SELECT count(*) FROM "Homework" h WHERE ${newHomeworkWhere(Prisma.sql`s.id`, Prisma.sql`s."schoolId"`, since, now)}))::int AS unread
    FROM s LEFT JOIN LATERAL (
      SELECT sc.grade, sc.letter FROM "Enrolment" e JOIN "SchoolClass" sc ON sc.id = e."classId"
      WHERE e."schoolId" = s."schoolId" AND e."studentId" = s.id
        AND e."startDate" <= ${today}::date AND (e."endDate" IS NULL OR e."endDate" >= ${today}::date)
      ORDER BY e."startDate" DESC LIMIT 1
    ) c ON true
    ORDER BY s."birthDate" NULLS LAST, s."lastName", s."firstName", s.id`;
  return rows.map(({ grade, letter, ...rest }) => ({ ...rest, className: grade === null || letter === null ? null : className({ grade, letter }) }));
}

/** The diaries a student or parent reads as their own: themselves, then their linked children. */
export const getDiaryPupils = cache(async (user: TCurrentUser): Promise<TDiaryPupil[]> => {
  const ownSchools = schoolsWith(user.roles, "diary:read:own");
  const childSchools = schoolsWith(user.roles, "diary:read:child");
  const filters: Prisma.Sql[] = [];
  if (ownSchools.length) filters.push(Prisma.sql`(u.id = ${user.id} AND r."schoolId" = ANY(${ownSchools}::int[]))`);
  // A link counts in a school where the person is a parent, for the child's place in that school.
  if (childSchools.length) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "ParentLink" pl WHERE pl."parentId" = ${user.id} AND pl."childId" = u.id
      AND pl."schoolId" = r."schoolId" AND pl."schoolId" = ANY(${childSchools}::int[]))`);
  }
  if (filters.length === 0) return [];
  return pupilRows(user.id, Prisma.sql`(${Prisma.join(filters, " OR ")})`);
});

/** Sum of unread items over the diaries a person reads as their own: the badge in the navigation. */
export async function getDiaryUnreadTotal(user: TCurrentUser): Promise<number> {
  if (!can(user.roles, "diary:read:own") && !can(user.roles, "diary:read:child")) return 0;
  return (await getDiaryPupils(user)).reduce((sum, p) => sum + p.unread, 0);
}

/**
 * Whether teacher `teacherId` teaches pupil `u` in school `r."schoolId"` in the current year: the
 * pupil is enrolled in a class of that year of which the teacher is the homeroom teacher, or holds
 * a teaching assignment of that class (of the pupil's subgroup, when the assignment is a
 * subgroup's), or substitutes today for a lesson of such an assignment.
 */
function taughtPupilSql(teacherId: number, today: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Enrolment" e
      JOIN "SchoolClass" c ON c.id = e."classId"
      JOIN "AcademicYear" y ON y.id = c."yearId" AND y."isCurrent"
    WHERE e."schoolId" = r."schoolId" AND e."studentId" = u.id
      AND (c."homeroomTeacherId" = ${teacherId}
        OR EXISTS (
          SELECT 1 FROM "TeachingAssignment" ta
          WHERE ta."schoolId" = r."schoolId" AND ta."classId" = c.id AND ta."yearId" = c."yearId"
            AND (ta."subgroupId" IS NULL OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = ta."subgroupId" AND sm."studentId" = u.id))
            AND (ta."teacherId" = ${teacherId}
              OR EXISTS (SELECT 1 FROM "Lesson" l WHERE l."schoolId" = r."schoolId" AND l."assignmentId" = ta.id
                AND l."substituteTeacherId" = ${teacherId} AND l.date = ${today}::date))))
  )`;
}

/** A pupil whose diary a staff member may open: any pupil of an administrator's school, a teacher's own pupils. */
export async function getSchoolPupil(user: TCurrentUser, studentId: number): Promise<TDiaryPupil | null> {
  const allSchools = schoolsWith(user.roles, "diary:read:school");
  const taughtSchools = schoolsWith(user.roles, "diary:read:taught").filter((id) => !allSchools.includes(id));
  const filters: Prisma.Sql[] = [];
  if (allSchools.length) filters.push(Prisma.sql`r."schoolId" = ANY(${allSchools}::int[])`);
  if (taughtSchools.length) filters.push(Prisma.sql`(r."schoolId" = ANY(${taughtSchools}::int[]) AND ${taughtPupilSql(user.id, schoolToday())})`);
  if (filters.length === 0) return null;
  const [pupil] = await pupilRows(user.id, Prisma.sql`u.id = ${studentId} AND (${Prisma.join(filters, " OR ")})`);
  return pupil ?? null;
}
