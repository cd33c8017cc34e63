// The "what's new" feed of one pupil's diary for one reader: marks and homework since the feed's
// start, each flagged new when it came after the reader's last visit.
import "server-only";
import { db, replicaRead } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TIsoDate } from "@/lib/i18n/dates";
import { compareBigIds, type TBigId } from "@/lib/validation";
import { FEED_LIMIT, feedStart, newsSince } from "./news";
import { newHomeworkWhere, newMarksWhere } from "./news-sql";
import type { TDiaryPupil } from "./pupil-queries";
import type { TNamed } from "./subject-summary";

type TFeedBase = { id: TBigId; createdAt: Date; isNew: boolean; subject: TNamed };
export type TFeedMark = TFeedBase & {
  kind: "mark";
  value: number | null;
  isPending: boolean;
  comment: string | null;
  lessonDate: TIsoDate;
  workKind: TNamed & { weight: number };
};
export type TFeedHomework = TFeedBase & { kind: "homework"; text: string; dueDate: TIsoDate };
export type TFeedItem = TFeedMark | TFeedHomework;
export type TFeed = { since: Date; items: TFeedItem[] };

export async function getDiaryFeed(readerId: number, pupil: Pick<TDiaryPupil, "id" | "schoolId">, now = new Date()): Promise<TFeed> {
  return replicaRead(async () => {
    const state = await db.diaryReadState.findUnique({ where: { readerId_studentId: { readerId, studentId: pupil.id } }, select: { seenAt: true } });
    const since = newsSince(state?.seenAt ?? null, now);
    return { since, items: await feedItems(pupil, since, feedStart(since, now), now) };
  });
}

/** Only what is new since `since` (the reader's last visit, as the pupil list gives it): two statements. */
export function getNewItems(pupil: Pick<TDiaryPupil, "id" | "schoolId">, since: Date, now = new Date()): Promise<TFeedItem[]> {
  return replicaRead(() => feedItems(pupil, since, since, now));
}

/** Marks and homework of the pupil from `from` on, newest first, flagged new after `since`. */
async function feedItems(pupil: Pick<TDiaryPupil, "id" | "schoolId">, since: Date, from: Date, now: Date): Promise<TFeedItem[]> {
  const start = Prisma.sql`${from}`;
  const [marks, homework] = await Promise.all([
    db.$queryRaw<(Omit<TFeedMark, "kind" | "isNew" | "subject" | "workKind"> & TNamed & { kindRu: string; kindTt: string; weight: number })[]>`
      SELECT m.id::text AS id, m."createdAt", m.value, m."isPending", m.comment, to_char(l.date, 'YYYY-MM-DD') AS "lessonDate",
        sub."nameRu", sub."nameTt", wk."nameRu" AS "kindRu", wk."nameTt" AS "kindTt", wk.weight
      FROM "Mark" m
      JOIN "Lesson" l ON l.id = m."lessonId"
      JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
      JOIN "Subject" sub ON sub.id = a."subjectId"
      JOIN "WorkKind" wk ON wk.id = m."workKindId"
      WHERE ${newMarksWhere(pupil.id, pupil.schoolId, start)}
      ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${FEED_LIMIT}`,
    db.$queryRaw<(Omit<TFeedHomework, "kind" | "isNew" | "subject"> & TNamed)[]>`
      SELECT h.id::text AS id, h."createdAt", h.text, to_char(h."dueDate", 'YYYY-MM-DD') AS "dueDate", sub."nameRu", sub."nameTt"
      FROM "Homework" h
      JOIN "Lesson" g ON g.id = h."lessonId"
      JOIN "TeachingAssignment" a ON a.id = g."assignmentId"
      JOIN "Subject" sub ON sub.id = a."subjectId"
      WHERE ${newHomeworkWhere(pupil.id, pupil.schoolId, start, now)}
      ORDER BY h."createdAt" DESC, h.id DESC LIMIT ${FEED_LIMIT}`,
  ]);
  const isNew = (createdAt: Date) => createdAt.getTime() > since.getTime();
  const items: TFeedItem[] = [
    ...marks.map(({ nameRu, nameTt, kindRu, kindTt, weight, ...m }) => ({
      ...m,
      kind: "mark" as const,
      isNew: isNew(m.createdAt),
      subject: { nameRu, nameTt },
      workKind: { nameRu: kindRu, nameTt: kindTt, weight },
    })),
    ...homework.map(({ nameRu, nameTt, ...h }) => ({ ...h, kind: "homework" as const, isNew: isNew(h.createdAt), subject: { nameRu, nameTt } })),
  ];
  items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareBigIds(b.id, a.id));
  return items;
}
