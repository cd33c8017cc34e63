// Everything the server must know to judge a write into one cell (a pupil on a lesson), read in a
// single statement: the lesson and its assignment, the class's grade, the school's scale, whether
// the lesson's term is locked, whether the pupil was enrolled that day, what the cell holds, and
// which of the client keys sent with new marks the school already gave to a mark of another cell.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { canWriteLesson } from "./access-rules";

export type TStoredMark = { id: number; value: number | null; workKindId: number; isPending: boolean; comment: string | null };
export type TCellMark = TStoredMark & { clientKey: string | null };

export type TCellContext = {
  lessonId: number;
  schoolId: number;
  assignmentId: number;
  date: string;
  substituteTeacherId: number | null;
  teacherId: number;
  homeroomTeacherId: number | null;
  grade: number;
  allowedValues: number[];
  ungradedGrades: number[];
  isLocked: boolean;
  isEnrolled: boolean;
  marks: TCellMark[];
  /** Client keys sent for new marks that name a mark of another cell of the school. */
  foreignClientKeys: string[];
  attendance: { id: number; absenceCodeId: number; comment: string | null } | null;
  workKindIds: number[];
  absenceCodeIds: number[];
};

export async function loadCellContext(lessonId: number, studentId: number, clientKeys: string[] = []): Promise<TCellContext | null> {
  const rows = await db.$queryRaw<TCellContext[]>`
    SELECT l.id AS "lessonId", l."schoolId", l."assignmentId", to_char(l.date, 'YYYY-MM-DD') AS date, l."substituteTeacherId",
      a."teacherId", c."homeroomTeacherId", c.grade,
      coalesce(gs."allowedValues", ARRAY[2, 3, 4, 5]) AS "allowedValues", coalesce(gs."ungradedGrades", ARRAY[1]) AS "ungradedGrades",
      EXISTS (SELECT 1 FROM "Term" tm WHERE tm."yearId" = a."yearId" AND tm."isLocked" AND l.date BETWEEN tm."startDate" AND tm."endDate") AS "isLocked",
      (EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."schoolId" = l."schoolId" AND e."classId" = a."classId" AND e."studentId" = ${studentId}
          AND e."startDate" <= l.date AND (e."endDate" IS NULL OR e."endDate" >= l.date))
        AND (a."subgroupId" IS NULL OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = a."subgroupId" AND sm."studentId" = ${studentId}))
      ) AS "isEnrolled",
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'value', m.value, 'workKindId', m."workKindId", 'isPending', m."isPending", 'comment', m.comment, 'clientKey', m."clientKey")
        ORDER BY m."createdAt", m.id), '[]') FROM "Mark" m WHERE m."schoolId" = l."schoolId" AND m."lessonId" = l.id AND m."studentId" = ${studentId}) AS marks,
      (SELECT coalesce(json_agg(m."clientKey"), '[]') FROM "Mark" m WHERE m."schoolId" = l."schoolId" AND m."clientKey" = ANY(${clientKeys}::text[])
        AND (m."lessonId" <> l.id OR m."studentId" <> ${studentId})) AS "foreignClientKeys",
      (SELECT json_build_object('id', at.id, 'absenceCodeId', at."absenceCodeId", 'comment', at.comment)
        FROM "Attendance" at WHERE at."lessonId" = l.id AND at."studentId" = ${studentId}) AS attendance,
      (SELECT coalesce(json_agg(w.id), '[]') FROM "WorkKind" w WHERE w."schoolId" = l."schoolId" AND w."isActive") AS "workKindIds",
      (SELECT coalesce(json_agg(ac.id), '[]') FROM "AbsenceCode" ac WHERE ac."schoolId" = l."schoolId" AND ac."isActive") AS "absenceCodeIds"
    FROM "Lesson" l
    JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
    JOIN "SchoolClass" c ON c.id = a."classId"
    LEFT JOIN "GradingSettings" gs ON gs."schoolId" = l."schoolId"
    WHERE l.id = ${lessonId}`;
  return rows[0] ?? null;
}

/**
 * The rules every write into a cell obeys, in the order a person should hear about them: a lesson
 * they may not write is "forbidden" (whatever else is wrong with it), then the journal it belongs
 * to, the term's lock, the pupil's enrolment on that day.
 */
export function assertCellWritable(user: TCurrentUser, ctx: TCellContext | null, assignmentId: number): asserts ctx is TCellContext {
  if (!ctx) throw new ActionError("not_found");
  if (!canWriteLesson(user, { schoolId: ctx.schoolId, teacherId: ctx.teacherId, homeroomTeacherId: ctx.homeroomTeacherId }, ctx)) {
    throw new ActionError("forbidden");
  }
  if (ctx.assignmentId !== assignmentId) throw new ActionError("lesson_mismatch");
  if (ctx.isLocked) throw new ActionError("term_locked");
  if (!ctx.isEnrolled) throw new ActionError("not_enrolled");
}
