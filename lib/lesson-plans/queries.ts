// Reads for the lesson plan page and its download.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { journalRights } from "@/lib/journal/access-rules";
import type { TJournalHeader } from "@/lib/journal/types";

/** Journals of the same subject in the school's year, other classes, that the person may write: sources to copy from. */
export async function getParallelJournals(user: TCurrentUser, h: TJournalHeader) {
  const rows = await db.teachingAssignment.findMany({
    where: { schoolId: h.schoolId, yearId: h.yearId, subjectId: h.subjectId, id: { not: h.assignmentId } },
    orderBy: [{ class: { grade: "asc" } }, { class: { letter: "asc" } }],
    select: {
      id: true,
      schoolId: true,
      teacherId: true,
      class: { select: { grade: true, letter: true, homeroomTeacherId: true } },
      subgroup: { select: { name: true } },
    },
  });
  return rows
    .filter((a) => journalRights(user, { schoolId: a.schoolId, teacherId: a.teacherId, homeroomTeacherId: a.class.homeroomTeacherId }).canWrite)
    .map((a) => ({ id: a.id, name: `${a.class.grade} «${a.class.letter}»${a.subgroup ? ` (${a.subgroup.name})` : ""}` }));
}

/** The journal's lessons with their topics and the homework given on them, for the plan's download. */
export async function getPlanRows(h: Pick<TJournalHeader, "schoolId" | "assignmentId">) {
  return db.$queryRaw<{ date: string; topic: string | null; homework: string | null; isCancelled: boolean }[]>`
    SELECT to_char(l.date, 'YYYY-MM-DD') AS date, l.topic, l."isCancelled",
      (SELECT string_agg(hw.text, ' / ' ORDER BY hw.id) FROM "Homework" hw WHERE hw."schoolId" = l."schoolId" AND hw."lessonId" = l.id) AS homework
    FROM "Lesson" l
    WHERE l."schoolId" = ${h.schoolId} AND l."assignmentId" = ${h.assignmentId}
    ORDER BY l.date, l.period, l.id`;
}
