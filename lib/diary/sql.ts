// SQL shared by the diary's reads and the homework tick: which lessons a pupil attends, and the
// JSON shape of a homework's attachments. One definition, so the week, the homework list, "what's
// new" and the completion check can never disagree about whose lesson a lesson is.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TIsoDate } from "@/lib/i18n/dates";

/** A column reference or a bound value, for fragments used both per row and for one pupil. */
export type TSqlValue = Prisma.Sql | number;
const value = (v: TSqlValue) => (typeof v === "number" ? Prisma.sql`${v}` : v);

/**
 * Subquery of the ids of the lessons a pupil attends: lessons of their class while enrolled in it
 * (a transfer ends one enrolment and starts another), of the whole class or of a subgroup they
 * belong to. Driven from the pupil's enrolments, so it reads the pupil's few journals, not the
 * school's lessons. `from`/`to` (inclusive) narrow it to a span of dates.
 */
export function attendedLessonIds(studentId: TSqlValue, schoolId: TSqlValue, span: { from?: TIsoDate; to?: TIsoDate } = {}): Prisma.Sql {
  const student = value(studentId);
  const school = value(schoolId);
  return Prisma.sql`(
    SELECT al.id FROM "Enrolment" ae
    JOIN "TeachingAssignment" aa ON aa."schoolId" = ae."schoolId" AND aa."classId" = ae."classId"
    JOIN "Lesson" al ON al."schoolId" = aa."schoolId" AND al."assignmentId" = aa.id
      AND al.date >= ae."startDate" AND (ae."endDate" IS NULL OR al.date <= ae."endDate")
      ${span.from ? Prisma.sql`AND al.date >= ${span.from}::date` : Prisma.empty}
      ${span.to ? Prisma.sql`AND al.date <= ${span.to}::date` : Prisma.empty}
    WHERE ae."schoolId" = ${school} AND ae."studentId" = ${student}
      AND (aa."subgroupId" IS NULL OR EXISTS (
        SELECT 1 FROM "SubgroupMember" asm WHERE asm."subgroupId" = aa."subgroupId" AND asm."studentId" = ${student}))
  )`;
}

/** JSON array of the attachments of homework `h`: [{ id, fileName, size }]. */
export const attachmentsJson = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('id', ha.id, 'fileName', ha."fileName", 'size', ha.size) ORDER BY ha.id)
  FROM "HomeworkAttachment" ha WHERE ha."schoolId" = h."schoolId" AND ha."homeworkId" = h.id), '[]'::json)`;

/** Whether the pupil ticked homework `h` done. */
export function isDoneSql(studentId: number): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "HomeworkCompletion" hc WHERE hc."homeworkId" = h.id AND hc."studentId" = ${studentId})`;
}

export type TAttachment = { id: number; fileName: string; size: number };
