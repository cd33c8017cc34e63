// The checks for writing a lesson's own fields (topic, homework): who may write it and whether its
// term is locked, from one statement.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { canWriteLesson, journalRights } from "./access-rules";
import { getJournalHeader } from "./queries";

export type TLessonGuard = {
  id: number;
  schoolId: number;
  assignmentId: number;
  date: string;
  topic: string | null;
  substituteTeacherId: number | null;
  teacherId: number;
  homeroomTeacherId: number | null;
  isLocked: boolean;
};

export async function loadLessonGuard(lessonId: number): Promise<TLessonGuard | null> {
  const rows = await db.$queryRaw<TLessonGuard[]>`
    SELECT l.id, l."schoolId", l."assignmentId", to_char(l.date, 'YYYY-MM-DD') AS date, l.topic, l."substituteTeacherId",
      a."teacherId", c."homeroomTeacherId",
      EXISTS (SELECT 1 FROM "Term" tm WHERE tm."yearId" = a."yearId" AND tm."isLocked" AND l.date BETWEEN tm."startDate" AND tm."endDate") AS "isLocked"
    FROM "Lesson" l
    JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
    JOIN "SchoolClass" c ON c.id = a."classId"
    WHERE l.id = ${lessonId}`;
  return rows[0] ?? null;
}

export function assertLessonWritable(user: TCurrentUser, lesson: TLessonGuard | null): asserts lesson is TLessonGuard {
  if (!lesson) throw new ActionError("not_found");
  if (!canWriteLesson(user, { schoolId: lesson.schoolId, teacherId: lesson.teacherId, homeroomTeacherId: lesson.homeroomTeacherId }, lesson)) {
    throw new ActionError("forbidden");
  }
  if (lesson.isLocked) throw new ActionError("term_locked");
}

/** The lesson, when the person may read the journal it belongs to; else "not found". */
export async function assertLessonReadable(user: TCurrentUser, lessonId: number): Promise<TLessonGuard> {
  const lesson = await loadLessonGuard(lessonId);
  const header = lesson ? await getJournalHeader(lesson.assignmentId, user.id) : null;
  if (!lesson || !header || !journalRights(user, header, { substitutesSomeLesson: header.isSubstitute }).canRead) throw new ActionError("not_found");
  return lesson;
}
