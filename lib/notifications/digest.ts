// The evening digest: one notification per pupil (and each of their parents) naming the subjects
// with homework due tomorrow, not one per homework. Made once the school's evening has come
// (DIGEST_MINUTE, Moscow time); the notification's key (`homework:<pupil>:<date>`) makes a second
// run, or a second worker, add nothing.
import "server-only";
import { db } from "@/lib/db";
import { notify, recipientsOf } from "./fan-out";
import { DIGEST_MINUTE, localTime, nextDate } from "./schedule";
import type { TBilingual } from "./text";

type TPupilDigest = { studentId: number; schoolId: number; childName: string; subjects: TBilingual[]; count: number };

/** Digests for homework due on `dueDate`; returns the deliveries queued. */
export async function queueHomeworkDigest(dueDate: string, now = new Date()): Promise<number> {
  const pupils = await db.$queryRaw<TPupilDigest[]>`
    SELECT e."studentId", e."schoolId", u."firstName" AS "childName",
      json_agg(DISTINCT jsonb_build_object('ru', s."nameRu", 'tt', s."nameTt")) AS subjects, count(DISTINCT h.id)::int AS count
    FROM "Homework" h
    JOIN "Lesson" l ON l.id = h."lessonId"
    JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
    JOIN "Subject" s ON s.id = a."subjectId"
    JOIN "Enrolment" e ON e."schoolId" = h."schoolId" AND e."classId" = a."classId"
      AND e."startDate" <= h."dueDate" AND (e."endDate" IS NULL OR e."endDate" >= h."dueDate")
    JOIN "User" u ON u.id = e."studentId"
    WHERE h."dueDate" = ${dueDate}::date
      AND (a."subgroupId" IS NULL OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = a."subgroupId" AND sm."studentId" = e."studentId"))
    GROUP BY e."studentId", e."schoolId", u."firstName"`;
  let deliveries = 0;
  for (const p of pupils) {
    deliveries += await db.$transaction(async (tx) =>
      notify(
        tx,
        p.schoolId,
        await recipientsOf(tx, p.schoolId, p.studentId),
        { kind: "homework", studentId: p.studentId, subjects: p.subjects, count: p.count, date: dueDate, childName: p.childName },
        { now, key: `homework:${p.studentId}:${dueDate}`, withEmail: true },
      ),
    );
  }
  return deliveries;
}

let lastDigestFor: string | undefined;

/** Queues tonight's digest once the evening has come (once per process and date). */
export async function queueDigestIfEvening(now = new Date()): Promise<number> {
  const local = localTime(now);
  if (local.minute < DIGEST_MINUTE) return 0;
  const tomorrow = nextDate(local.date);
  if (lastDigestFor === tomorrow) return 0;
  const queued = await queueHomeworkDigest(tomorrow, now);
  lastDigestFor = tomorrow;
  return queued;
}
