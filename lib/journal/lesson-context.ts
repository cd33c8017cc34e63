// Everything the server must know to judge a write into the journal, each read in one statement
// built from the same pieces (the lesson, its assignment and class, the school's scale, the term's
// lock):
//   loadLessonContext(lessonId)              a lesson's own fields (topic, homework): who may write
//                                            the lesson and whether its term is locked;
//   loadLessonContext(lessonId, { studentId, clientKeys })
//                                            one cell (a pupil on a lesson): also whether the pupil
//                                            was enrolled that day, what the cell holds, and which of
//                                            the client keys sent with new marks the school already
//                                            gave to a mark of another cell;
//   loadFinalContext(assignmentId, studentId) a pupil's term and year marks in one journal: the
//                                            terms, the enrolment spans, the marks and final marks.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";
import { type TThresholdSetting, thresholdsOf } from "@/lib/grading/term-mark";
import { canWriteLesson, journalRights } from "./access-rules";
import type { TFinalContext } from "./final-mark-figures";
import { getJournalHeader } from "./queries";

export type TStoredMark = { id: bigint; value: number | null; workKindId: number; isPending: boolean; comment: string | null };
export type TCellMark = TStoredMark & { clientKey: string | null };

export type TLessonContext = {
  id: bigint;
  schoolId: number;
  assignmentId: number;
  date: string;
  topic: string | null;
  substituteTeacherId: number | null;
  teacherId: number;
  homeroomTeacherId: number | null;
  grade: number;
  allowedValues: number[];
  ungradedGrades: number[];
  isLocked: boolean;
};

export type TCellContext = TLessonContext & {
  isEnrolled: boolean;
  marks: TCellMark[];
  /** Client keys sent for new marks that name a mark of another cell of the school. */
  foreignClientKeys: string[];
  attendance: { id: string; absenceCodeId: number; comment: string | null } | null;
  workKindIds: number[];
  absenceCodeIds: number[];
};

/** The school's scale, or the default one of a school that never saved its settings. */
const SCALE = Prisma.sql`coalesce(gs."allowedValues", ${DEFAULT_GRADING.allowedValues}::int[]) AS "allowedValues",
      coalesce(gs."ungradedGrades", ${DEFAULT_GRADING.ungradedGrades}::int[]) AS "ungradedGrades"`;

/** Whether the pupil belongs to the assignment's subgroup (always, when it teaches the whole class). */
const inSubgroup = (studentId: number) =>
  Prisma.sql`(a."subgroupId" IS NULL OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = a."subgroupId" AND sm."studentId" = ${studentId}))`;

const cellColumns = (studentId: number, clientKeys: string[]) => Prisma.sql`,
      (EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."schoolId" = l."schoolId" AND e."classId" = a."classId" AND e."studentId" = ${studentId}
          AND e."startDate" <= l.date AND (e."endDate" IS NULL OR e."endDate" >= l.date))
        AND ${inSubgroup(studentId)}
      ) AS "isEnrolled",
      (SELECT coalesce(json_agg(json_build_object('id', m.id::text, 'value', m.value, 'workKindId', m."workKindId", 'isPending', m."isPending", 'comment', m.comment, 'clientKey', m."clientKey")
        ORDER BY m."createdAt", m.id), '[]') FROM "Mark" m WHERE m."schoolId" = l."schoolId" AND m."lessonId" = l.id AND m."studentId" = ${studentId}) AS marks,
      (SELECT coalesce(json_agg(m."clientKey"), '[]') FROM "Mark" m WHERE m."schoolId" = l."schoolId" AND m."clientKey" = ANY(${clientKeys}::text[])
        AND (m."lessonId" <> l.id OR m."studentId" <> ${studentId})) AS "foreignClientKeys",
      (SELECT json_build_object('id', at.id::text, 'absenceCodeId', at."absenceCodeId", 'comment', at.comment)
        FROM "Attendance" at WHERE at."lessonId" = l.id AND at."studentId" = ${studentId}) AS attendance,
      (SELECT coalesce(json_agg(w.id), '[]') FROM "WorkKind" w WHERE w."schoolId" = l."schoolId" AND w."isActive") AS "workKindIds",
      (SELECT coalesce(json_agg(ac.id), '[]') FROM "AbsenceCode" ac WHERE ac."schoolId" = l."schoolId" AND ac."isActive") AS "absenceCodeIds"`;

export async function loadLessonContext(lessonId: bigint): Promise<TLessonContext | null>;
export async function loadLessonContext(lessonId: bigint, cell: { studentId: number; clientKeys?: string[] }): Promise<TCellContext | null>;
export async function loadLessonContext(lessonId: bigint, cell?: { studentId: number; clientKeys?: string[] }): Promise<TLessonContext | null> {
  // l.id is int8 (a bigint here); the marks come through JSON, so their ids as text, made bigint below.
  const rows = await db.$queryRaw<(TLessonContext & { marks?: (Omit<TCellMark, "id"> & { id: string })[] })[]>`
    SELECT l.id, l."schoolId", l."assignmentId", to_char(l.date, 'YYYY-MM-DD') AS date, l.topic, l."substituteTeacherId",
      a."teacherId", c."homeroomTeacherId", c.grade, ${SCALE},
      EXISTS (SELECT 1 FROM "Term" tm WHERE tm."yearId" = a."yearId" AND tm."isLocked" AND l.date BETWEEN tm."startDate" AND tm."endDate") AS "isLocked"
      ${cell ? cellColumns(cell.studentId, cell.clientKeys ?? []) : Prisma.empty}
    FROM "Lesson" l
    JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
    JOIN "SchoolClass" c ON c.id = a."classId"
    LEFT JOIN "GradingSettings" gs ON gs."schoolId" = l."schoolId"
    WHERE l.id = ${lessonId}`;
  const row = rows[0];
  if (!row) return null;
  if (!row.marks) return row;
  const withMarks: TCellContext = { ...(row as unknown as TCellContext), marks: row.marks.map((m) => ({ ...m, id: BigInt(m.id) })) };
  return withMarks;
}

export async function loadFinalContext(assignmentId: number, studentId: number): Promise<TFinalContext | null> {
  const rows = await db.$queryRaw<(Omit<TFinalContext, "thresholds"> & TThresholdSetting)[]>`
    SELECT a."schoolId", a."yearId", a."subjectId", a."teacherId", c."homeroomTeacherId", c.grade, ${SCALE},
      coalesce(gs."thresholdPreset"::text, ${DEFAULT_GRADING.thresholdPreset}) AS "thresholdPreset",
      gs."customThree", gs."customFour", gs."customFive",
      (SELECT coalesce(json_agg(json_build_object('id', tm.id, 'number', tm.number, 'startDate', tm."startDate", 'endDate', tm."endDate",
        'isLocked', tm."isLocked") ORDER BY tm.number), '[]') FROM "Term" tm WHERE tm."yearId" = a."yearId") AS terms,
      (SELECT coalesce(json_agg(json_build_object('from', e."startDate", 'to', e."endDate")), '[]') FROM "Enrolment" e
        WHERE e."schoolId" = a."schoolId" AND e."classId" = a."classId" AND e."studentId" = ${studentId}) AS spans,
      ${inSubgroup(studentId)} AS "inSubgroup",
      (SELECT coalesce(json_agg(json_build_object('date', l.date, 'value', m.value, 'isPending', m."isPending", 'weight', w.weight)), '[]')
        FROM "Mark" m JOIN "Lesson" l ON l.id = m."lessonId" JOIN "WorkKind" w ON w.id = m."workKindId"
        WHERE m."schoolId" = a."schoolId" AND m."studentId" = ${studentId} AND l."assignmentId" = a.id) AS marks,
      (SELECT coalesce(json_agg(json_build_object('id', f.id::text, 'period', f.period, 'status', f.status, 'value', f.value, 'average', f.average,
        'suggested', f.suggested, 'isOverride', f."isOverride")), '[]') FROM "FinalMark" f
        WHERE f."schoolId" = a."schoolId" AND f."yearId" = a."yearId" AND f."subjectId" = a."subjectId" AND f."studentId" = ${studentId}) AS finals
    FROM "TeachingAssignment" a
    JOIN "SchoolClass" c ON c.id = a."classId"
    LEFT JOIN "GradingSettings" gs ON gs."schoolId" = a."schoolId"
    WHERE a.id = ${assignmentId}`;
  const row = rows[0];
  if (!row) return null;
  const { thresholdPreset, customThree, customFour, customFive, ...rest } = row;
  return { ...rest, thresholds: thresholdsOf({ thresholdPreset, customThree, customFour, customFive }) };
}

/** Who may write a lesson: the journal's writers, and the teacher who substitutes on that lesson. */
function assertMayWrite(user: TCurrentUser, lesson: TLessonContext | null): asserts lesson is TLessonContext {
  if (!lesson) throw new ActionError("not_found");
  if (!canWriteLesson(user, { schoolId: lesson.schoolId, teacherId: lesson.teacherId, homeroomTeacherId: lesson.homeroomTeacherId }, lesson)) {
    throw new ActionError("forbidden");
  }
}

/**
 * The rules every write into a cell obeys, in the order a person should hear about them: a lesson
 * they may not write is "forbidden" (whatever else is wrong with it), then the journal it belongs
 * to, the term's lock, the pupil's enrolment on that day.
 */
export function assertCellWritable(user: TCurrentUser, ctx: TCellContext | null, assignmentId: number): asserts ctx is TCellContext {
  assertMayWrite(user, ctx);
  if (ctx.assignmentId !== assignmentId) throw new ActionError("lesson_mismatch");
  if (ctx.isLocked) throw new ActionError("term_locked");
  if (!ctx.isEnrolled) throw new ActionError("not_enrolled");
}

export function assertLessonWritable(user: TCurrentUser, lesson: TLessonContext | null): asserts lesson is TLessonContext {
  assertMayWrite(user, lesson);
  if (lesson.isLocked) throw new ActionError("term_locked");
}

/** The lesson, when the person may read the journal it belongs to; else "not found". */
export async function assertLessonReadable(user: TCurrentUser, lessonId: bigint): Promise<TLessonContext> {
  const lesson = await loadLessonContext(lessonId);
  const header = lesson ? await getJournalHeader(lesson.assignmentId, user.id) : null;
  if (!lesson || !header || !journalRights(user, header, { substitutesSomeLesson: header.isSubstitute }).canRead) throw new ActionError("not_found");
  return lesson;
}
