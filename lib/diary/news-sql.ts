// Which marks and homework are "new" after a moment: the one definition behind the unread count in
// the navigation and the "what's new" feed, so the two always agree.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, schoolToday } from "@/lib/i18n/dates";
import { NEWS_HOMEWORK_DUE_DAYS, NEWS_HOMEWORK_LESSON_DAYS } from "./news";
import { attendedLessonIds, type TSqlValue } from "./sql";

const value = (v: TSqlValue) => (typeof v === "number" ? Prisma.sql`${v}` : v);

/** Marks `m` of the pupil written after `after` (pending points too: the pupil owes an answer). */
export function newMarksWhere(studentId: TSqlValue, schoolId: TSqlValue, after: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`m."schoolId" = ${value(schoolId)} AND m."studentId" = ${value(studentId)} AND m."createdAt" > ${after}`;
}

/**
 * Homework `h` set after `after` on the pupil's lessons of the last NEWS_HOMEWORK_LESSON_DAYS, and
 * not long overdue already. The lessons' span keeps the count to a few weeks of the pupil's
 * journals (school first, by Lesson_schoolId_assignmentId_date_idx), however late in the year.
 */
export function newHomeworkWhere(studentId: TSqlValue, schoolId: TSqlValue, after: Prisma.Sql, now: Date): Prisma.Sql {
  const today = schoolToday(now);
  const dueFrom = addDays(today, -NEWS_HOMEWORK_DUE_DAYS);
  return Prisma.sql`h."schoolId" = ${value(schoolId)} AND h."createdAt" > ${after} AND h."dueDate" >= ${dueFrom}::date
    AND h."lessonId" IN ${attendedLessonIds(studentId, schoolId, { from: addDays(today, -NEWS_HOMEWORK_LESSON_DAYS) })}`;
}
