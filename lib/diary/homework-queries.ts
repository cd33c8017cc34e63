// A pupil's homework by due date, for the homework list: what is coming, and the last few days
// (so a student can still tick what they did yesterday).
import "server-only";
import { db, replicaRead } from "@/lib/db";
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TBigId } from "@/lib/validation";
import type { TDiaryPupil } from "./pupil-queries";
import { attachmentsJson, attendedLessonIds, isDoneSql, type TAttachment } from "./sql";
import type { TNamed } from "./subject-summary";

export type THomeworkItem = { id: TBigId; text: string; dueDate: TIsoDate; subject: TNamed; isDone: boolean; attachments: TAttachment[] };

/** A generous cap: a term's homework of every subject fits, a runaway query does not. */
const LIMIT = 400;

/** Homework on the pupil's lessons due from `from` to `to` (inclusive), by due date and subject. */
export async function getHomeworkList(pupil: Pick<TDiaryPupil, "id" | "schoolId">, from: TIsoDate, to: TIsoDate): Promise<THomeworkItem[]> {
  return replicaRead(async () => {
    const rows = await db.$queryRaw<(Omit<THomeworkItem, "subject"> & TNamed)[]>`
      SELECT h.id::text AS id, h.text, to_char(h."dueDate", 'YYYY-MM-DD') AS "dueDate", sub."nameRu", sub."nameTt",
        ${isDoneSql(pupil.id)} AS "isDone", ${attachmentsJson} AS attachments
      FROM "Homework" h
      JOIN "Lesson" g ON g.id = h."lessonId"
      JOIN "TeachingAssignment" a ON a.id = g."assignmentId"
      JOIN "Subject" sub ON sub.id = a."subjectId"
      WHERE h."schoolId" = ${pupil.schoolId} AND h."dueDate" >= ${from}::date AND h."dueDate" <= ${to}::date
        AND h."lessonId" IN ${attendedLessonIds(pupil.id, pupil.schoolId)}
      ORDER BY h."dueDate", sub."sortOrder", sub."nameRu", h.id
      LIMIT ${LIMIT}`;
    return rows.map(({ nameRu, nameTt, ...item }) => ({ ...item, subject: { nameRu, nameTt } }));
  });
}
