// A pupil's week: the lessons they attend with bell times (the shortened ones on a shortened day),
// homework due, marks and absences, read in one SQL statement (lessons with their homework, marks
// and absence aggregated as JSON), so the page costs the same whatever the number of lessons.
import "server-only";
import { cachedForPupil } from "@/lib/cache/pupil-cache";
import { db, replicaRead } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, type TIsoDate } from "@/lib/i18n/dates";
import { bellScheduleIdOn } from "@/lib/timetable/bell-times";
import type { TBigId } from "@/lib/validation";
import type { TDiaryPupil } from "./pupil-queries";
import { attachmentsJson, attendedLessonIds, isDoneSql, type TAttachment } from "./sql";
import type { TNamed } from "./subject-summary";

export type TDiaryMark = { id: TBigId; value: number | null; isPending: boolean; comment: string | null; workKind: TNamed & { weight: number } };
export type TDiaryHomework = { id: TBigId; text: string; isDone: boolean; attachments: TAttachment[] };
export type TDiaryLesson = {
  id: TBigId;
  date: TIsoDate;
  period: number;
  startMinute: number | null;
  endMinute: number | null;
  /** The day follows the shortened bells (the times above are the shortened ones). */
  isShortenedDay: boolean;
  subject: TNamed;
  topic: string | null;
  room: string | null;
  isCancelled: boolean;
  homework: TDiaryHomework[];
  marks: TDiaryMark[];
  absence: (TNamed & { letterRu: string; letterTt: string }) | null;
};

type TRow = Omit<TDiaryLesson, "subject"> & TNamed;

/**
 * The lessons a pupil attends from Monday `weekStart` for 7 days, in order; kept per pupil and week
 * until the school or the pupil changes. The caller has checked the reader may see the pupil.
 */
export function getDiaryWeek(pupil: Pick<TDiaryPupil, "id" | "schoolId">, weekStart: TIsoDate): Promise<TDiaryLesson[]> {
  return cachedForPupil("week", pupil.schoolId, pupil.id, weekStart, () => getDiaryDays(pupil, weekStart, addDays(weekStart, 6)));
}

/** The lessons a pupil attends from `from` to `to` (inclusive), in order. */
export async function getDiaryDays(pupil: Pick<TDiaryPupil, "id" | "schoolId">, from: TIsoDate, to: TIsoDate): Promise<TDiaryLesson[]> {
  return replicaRead(async () => {
    const { id: studentId, schoolId } = pupil;
    // Homework belongs to the lesson it is due at; homework with no due lesson to the first lesson of
    // its journal on its due date.
    const rows = await db.$queryRaw<TRow[]>`
      SELECT l.id::text AS id, to_char(l.date, 'YYYY-MM-DD') AS date, l.period, l.topic, l.room, l."isCancelled",
        sub."nameRu", sub."nameTt", bp."startMinute", bp."endMinute", COALESCE(bs.variant = 'SHORT', false) AS "isShortenedDay",
        COALESCE((
          SELECT json_agg(json_build_object('id', h.id::text, 'text', h.text, 'isDone', ${isDoneSql(studentId)}, 'attachments', ${attachmentsJson}) ORDER BY h.id)
          FROM "Homework" h
          WHERE h."schoolId" = l."schoolId" AND h."dueDate" = l.date
            AND (h."dueLessonId" = l.id OR (h."dueLessonId" IS NULL AND l.period = (
              SELECT min(fl.period) FROM "Lesson" fl WHERE fl."schoolId" = l."schoolId" AND fl."assignmentId" = l."assignmentId" AND fl.date = l.date)
              AND EXISTS (SELECT 1 FROM "Lesson" gl WHERE gl.id = h."lessonId" AND gl."assignmentId" = l."assignmentId")))
        ), '[]'::json) AS homework,
        COALESCE((
          SELECT json_agg(json_build_object('id', m.id::text, 'value', m.value, 'isPending', m."isPending", 'comment', m.comment,
            'workKind', json_build_object('nameRu', wk."nameRu", 'nameTt', wk."nameTt", 'weight', wk.weight)) ORDER BY m."createdAt", m.id)
          FROM "Mark" m JOIN "WorkKind" wk ON wk.id = m."workKindId"
          WHERE m."schoolId" = l."schoolId" AND m."lessonId" = l.id AND m."studentId" = ${studentId}
        ), '[]'::json) AS marks,
        (SELECT json_build_object('letterRu', ac."letterRu", 'letterTt', ac."letterTt", 'nameRu', ac."nameRu", 'nameTt', ac."nameTt")
          FROM "Attendance" at JOIN "AbsenceCode" ac ON ac.id = at."absenceCodeId"
          WHERE at."lessonId" = l.id AND at."studentId" = ${studentId}) AS absence
      FROM "Lesson" l
      JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
      JOIN "Subject" sub ON sub.id = a."subjectId"
      LEFT JOIN "BellSchedule" bs ON bs.id = ${bellScheduleIdOn(Prisma.sql`l."schoolId"`, Prisma.sql`l.date`)}
      LEFT JOIN "BellPeriod" bp ON bp."bellScheduleId" = bs.id AND bp.number = l.period
      WHERE l.id IN ${attendedLessonIds(studentId, schoolId, { from, to })}
      ORDER BY l.date, l.period, l.id`;
    return rows.map(({ nameRu, nameTt, ...lesson }) => ({ ...lesson, subject: { nameRu, nameTt } }));
  });
}
