// The server's side of a lesson plan: the journal it goes into (written only by those who may
// write the journal), its lessons outside locked terms, and the plan file read from CSV or .xlsx.
import "server-only";
import { createHash } from "node:crypto";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import type { TIsoDate } from "@/lib/i18n/dates";
import { journalRights } from "@/lib/journal/access-rules";
import { getJournalHeader } from "@/lib/journal/queries";
import type { TJournalHeader } from "@/lib/journal/types";
import { decodeCsv } from "@/lib/roster/import/decode";
import { parseTable } from "@/lib/roster/import/table";
import { isXlsx, readXlsxTable } from "@/lib/roster/import/xlsx";
import type { TBigId } from "@/lib/validation";
import { assignTopics, type TPlanLesson } from "./assign";
import { expandTopics, readPlanTable, type TPlanFile } from "./plan-file";

/** The journal, when the person may write it; else "not found" (reading is not enough). */
export async function writableJournal(user: TCurrentUser, assignmentId: number): Promise<TJournalHeader> {
  const header = await getJournalHeader(assignmentId, user.id);
  if (!header || !journalRights(user, header).canWrite) throw new ActionError("not_found");
  return header;
}

/** The journal's lessons of the year, those in locked terms left out (they cannot be written). */
export async function planLessons(h: Pick<TJournalHeader, "schoolId" | "assignmentId" | "yearId">): Promise<TPlanLesson[]> {
  return db.$queryRaw<TPlanLesson[]>`
    SELECT l.id::text AS id, to_char(l.date, 'YYYY-MM-DD') AS date, l.period, l.topic, l."isCancelled"
    FROM "Lesson" l
    WHERE l."schoolId" = ${h.schoolId} AND l."assignmentId" = ${h.assignmentId}
      AND NOT EXISTS (SELECT 1 FROM "Term" tm WHERE tm."schoolId" = l."schoolId" AND tm."yearId" = ${h.yearId} AND tm."isLocked"
        AND l.date BETWEEN tm."startDate" AND tm."endDate")
    ORDER BY l.date, l.period, l.id`;
}

export async function readPlanFile(bytes: Uint8Array): Promise<TPlanFile> {
  if (isXlsx(bytes)) {
    const table = await readXlsxTable(bytes);
    return table ? readPlanTable(table) : { topics: [], issues: [{ key: "unreadableXlsx" }], lessonCount: 0 };
  }
  return readPlanTable(parseTable(decodeCsv(bytes).text));
}

export type TPlanHomework = { lessonId: TBigId; text: string; dueLessonId: TBigId | null; dueDate: TIsoDate };

/**
 * The plan's homework to set: on lessons that have none yet (a teacher's own homework is never
 * replaced), due at the journal's next lesson that takes place (or on the lesson's own day when
 * it is the last).
 */
async function homeworkToSet(h: Pick<TJournalHeader, "schoolId">, lessons: readonly TPlanLesson[], planned: readonly { lessonId: TBigId; text: string }[]) {
  if (planned.length === 0) return [];
  const given = await db.homework.findMany({
    where: { schoolId: h.schoolId, lessonId: { in: planned.map((p) => BigInt(p.lessonId)) } },
    select: { lessonId: true },
  });
  const has = new Set(given.map((g) => String(g.lessonId)));
  const open = lessons.filter((l) => !l.isCancelled);
  return planned
    .filter((p) => !has.has(p.lessonId))
    .map((p): TPlanHomework => {
      const at = open.findIndex((l) => l.id === p.lessonId);
      const due = open[at + 1] ?? null;
      return { lessonId: p.lessonId, text: p.text, dueLessonId: due?.id ?? null, dueDate: due?.date ?? open[at].date };
    });
}

/** The plan placed on the journal's lessons, with a digest of what applying it would write. */
export async function planFor(h: TJournalHeader, bytes: Uint8Array, keepExisting: boolean) {
  const [file, lessons] = await Promise.all([readPlanFile(bytes), planLessons(h)]);
  const placed = assignTopics(lessons, expandTopics(file.topics), { keepExisting });
  const homework = await homeworkToSet(h, lessons, placed.homework);
  const digest = createHash("sha256")
    .update(JSON.stringify({ changes: placed.changes, homework, issues: file.issues }))
    .digest("hex");
  return { file, placed, homework, digest };
}
