// Who may write to whom, decided on the server from the school's own rows, never from the client:
//   a parent ↔ the teachers of their child's class (subject teachers and the homeroom teacher);
//   a pupil ↔ the teachers of their class;
//   staff (teachers, administrators) ↔ each other, within one school.
// Never pupil ↔ pupil, never parent ↔ parent, never across schools. The rules are symmetric, so the
// same list answers "may I start a thread with X" and "what is X to me" (the role a push names).
import "server-only";
import type { TTransaction } from "@/lib/db";
import { db } from "@/lib/db";

/** What a contact is to the viewer. */
export const CONTACT_RELATIONS = ["homeroom", "teacher", "colleague", "pupil", "parent"] as const;
export type TContactRelation = (typeof CONTACT_RELATIONS)[number];

export type TContact = {
  id: number;
  schoolId: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  relation: TContactRelation;
  /** The child or pupil the contact is linked through (none for a colleague). */
  childName: string | null;
};

type TClient = Pick<TTransaction, "$queryRaw">;

/**
 * Every person the user may write to, one row per person and school (the closest relation wins:
 * homeroom over subject teacher over colleague). `onlyId` narrows to one person.
 */
export async function contactsOf(userId: number, opts: { onlyId?: number; client?: TClient } = {}): Promise<TContact[]> {
  const client = opts.client ?? db;
  const only = opts.onlyId ?? null;
  return client.$queryRaw<TContact[]>`
    WITH me AS (SELECT r.role, r."schoolId" FROM "UserRole" r WHERE r."userId" = ${userId}::int AND r."schoolId" IS NOT NULL),
    -- classes of the current year the user sits in (pupil) or has a child in (parent), with the child
    my_pupil_classes AS (
      SELECT e."schoolId", e."classId", e."studentId" AS child FROM "Enrolment" e
        JOIN "SchoolClass" c ON c.id = e."classId" JOIN "AcademicYear" y ON y.id = c."yearId" AND y."isCurrent"
      WHERE e."studentId" = ${userId}::int AND (e."endDate" IS NULL OR e."endDate" >= current_date)
        AND EXISTS (SELECT 1 FROM me WHERE me.role = 'STUDENT' AND me."schoolId" = e."schoolId")
      UNION
      SELECT e."schoolId", e."classId", e."studentId" FROM "ParentLink" pl
        JOIN "Enrolment" e ON e."studentId" = pl."childId" AND e."schoolId" = pl."schoolId"
        JOIN "SchoolClass" c ON c.id = e."classId" JOIN "AcademicYear" y ON y.id = c."yearId" AND y."isCurrent"
      WHERE pl."parentId" = ${userId}::int AND (e."endDate" IS NULL OR e."endDate" >= current_date)
        AND EXISTS (SELECT 1 FROM me WHERE me.role = 'PARENT' AND me."schoolId" = pl."schoolId")
    ),
    -- classes of the current year the user teaches or is homeroom teacher of (staff roles only)
    my_teaching AS (
      SELECT a."schoolId", a."classId", false AS is_homeroom FROM "TeachingAssignment" a JOIN "AcademicYear" y ON y.id = a."yearId" AND y."isCurrent"
      WHERE a."teacherId" = ${userId}::int AND EXISTS (SELECT 1 FROM me WHERE me.role IN ('TEACHER', 'SCHOOL_ADMIN') AND me."schoolId" = a."schoolId")
      UNION
      SELECT c."schoolId", c.id, true FROM "SchoolClass" c JOIN "AcademicYear" y ON y.id = c."yearId" AND y."isCurrent"
      WHERE c."homeroomTeacherId" = ${userId}::int AND EXISTS (SELECT 1 FROM me WHERE me.role IN ('TEACHER', 'SCHOOL_ADMIN') AND me."schoolId" = c."schoolId")
    ),
    candidates AS (
      -- the homeroom and subject teachers of my (child's) class
      SELECT c."homeroomTeacherId" AS id, m."schoolId", 1 AS rank, 'homeroom' AS relation, m.child
        FROM my_pupil_classes m JOIN "SchoolClass" c ON c.id = m."classId" WHERE c."homeroomTeacherId" IS NOT NULL
      UNION ALL
      SELECT a."teacherId", m."schoolId", 2, 'teacher', m.child
        FROM my_pupil_classes m JOIN "TeachingAssignment" a ON a."classId" = m."classId" AND a."schoolId" = m."schoolId"
      UNION ALL
      -- the pupils of the classes I teach, and their parents
      SELECT e."studentId", t."schoolId", 3, 'pupil', e."studentId"
        FROM my_teaching t JOIN "Enrolment" e ON e."classId" = t."classId" AND e."schoolId" = t."schoolId"
        WHERE e."endDate" IS NULL OR e."endDate" >= current_date
      UNION ALL
      SELECT pl."parentId", t."schoolId", 3, 'parent', e."studentId"
        FROM my_teaching t JOIN "Enrolment" e ON e."classId" = t."classId" AND e."schoolId" = t."schoolId"
        JOIN "ParentLink" pl ON pl."childId" = e."studentId" AND pl."schoolId" = t."schoolId"
        WHERE e."endDate" IS NULL OR e."endDate" >= current_date
      UNION ALL
      -- colleagues
      SELECT r."userId", r."schoolId", 4, 'colleague', NULL::int FROM "UserRole" r
        WHERE r.role IN ('TEACHER', 'SCHOOL_ADMIN') AND r."schoolId" IN (SELECT me."schoolId" FROM me WHERE me.role IN ('TEACHER', 'SCHOOL_ADMIN'))
    ),
    best AS (
      SELECT DISTINCT ON (k.id, k."schoolId") k.id, k."schoolId", k.relation, k.child FROM candidates k
      WHERE k.id <> ${userId}::int AND (${only}::int IS NULL OR k.id = ${only}::int)
      ORDER BY k.id, k."schoolId", k.rank, k.child
    )
    SELECT u.id, b."schoolId", u."lastName", u."firstName", u."middleName", b.relation, ch."firstName" AS "childName"
    FROM best b JOIN "User" u ON u.id = b.id AND u."isActive" LEFT JOIN "User" ch ON ch.id = b.child
    ORDER BY CASE b.relation WHEN 'homeroom' THEN 1 WHEN 'teacher' THEN 2 WHEN 'pupil' THEN 3 WHEN 'parent' THEN 4 ELSE 5 END, u."lastName", u."firstName", u.id`;
}

/** The one contact `otherId` is to the user in `schoolId`, or null when they may not write to each other. */
export async function contactIn(userId: number, otherId: number, schoolId: number, client?: TClient): Promise<TContact | null> {
  const rows = await contactsOf(userId, { onlyId: otherId, client });
  return rows.find((r) => r.schoolId === schoolId) ?? null;
}
