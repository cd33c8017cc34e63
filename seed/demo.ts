// The demo school: School No. 12 of Kazan with four classes, a timetable, and a journal filled from
// September up to today (lessons run on to the end of the current term). Deterministic for a
// given seed and date: every random choice comes from seed/random.ts.
//
// Runs in plain Node (tsx) as well as in the app: no "server-only", no lib/db.ts, relative imports.
import { hashPassword } from "../lib/auth/password";
import type { TPrismaClient, TTransaction } from "../lib/database/prisma";
import { planAttendance } from "./attendance";
import { bulkInsert } from "./bulk";
import { academicStartYear, earliest, isoDate, lessonHorizon, moscowDay, moscowInstant, planYear, toDate } from "./calendar";
import { BELLS_NORMAL, GRADING } from "./catalog";
import { DEMO_PASSWORD } from "./demo-accounts";
import { planFinalMarks } from "./final-marks";
import { planCompletions, planHomework } from "./homework";
import { planLessons } from "./journal";
import { planMarks } from "./marks";
import { createRandom } from "./random";
import type { TLessonRow } from "./roster-types";
import { createSchoolStructure } from "./structure";
import {
  ATTENDANCE_COLUMNS,
  COMPLETION_COLUMNS,
  FINAL_MARK_COLUMNS,
  HOMEWORK_COLUMNS,
  LESSON_COLUMNS,
  MARK_COLUMNS,
  type TAttendanceInsert,
  type TCompletionInsert,
  type TFinalMarkInsert,
  type THomeworkInsert,
  type TLessonInsert,
  type TMarkInsert,
} from "./tables";

export { DEMO_ACCOUNTS, DEMO_LOGINS, DEMO_PASSWORD } from "./demo-accounts";

export type TSeedOptions = {
  /** "Now" for the demo (default: the real now). Lessons begun by then have topics, marks and absences. */
  today?: Date;
  seed?: number;
};
export type TSeedResult = { schoolId: number; counts: Record<string, number> };

export const DEFAULT_SEED = 12;
/** Serialises seeders (the app's first start and the CLI) so that two never seed at once. */
const SEED_LOCK_KEY = 72_616_122;
const TRANSACTION = { timeout: 300_000, maxWait: 60_000 };

/** Seeds the demo school in one transaction, whatever the database already holds. */
export async function seedDemoSchool(db: TPrismaClient, opts: TSeedOptions = {}): Promise<TSeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(async (tx) => {
    await lockSeeding(tx);
    return seedWithin(tx, passwordHash, opts);
  }, TRANSACTION);
}

/** Seeds only when the database has no school yet; null when it had one. */
export async function seedDemoSchoolIfEmpty(db: TPrismaClient, opts: TSeedOptions = {}): Promise<TSeedResult | null> {
  if (await db.school.count()) return null;
  // Argon2 is slow on purpose: hash the one demo password once, outside the transaction.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(async (tx) => {
    await lockSeeding(tx);
    if (await tx.school.count()) return null;
    return seedWithin(tx, passwordHash, opts);
  }, TRANSACTION);
}

async function lockSeeding(tx: TTransaction) {
  await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

async function seedWithin(tx: TTransaction, passwordHash: string, opts: TSeedOptions): Promise<TSeedResult> {
  const now = opts.today ?? new Date();
  const today = moscowDay(now);
  const rnd = createRandom(opts.seed ?? DEFAULT_SEED);
  const plan = planYear(academicStartYear(today));
  const horizon = lessonHorizon(plan, today);
  const ungraded = GRADING.ungradedGrades;
  const startMinute = (period: number) => BELLS_NORMAL[period - 1][0];
  const endMinute = (period: number) => BELLS_NORMAL[period - 1][1];

  const s = await createSchoolStructure(tx, rnd, plan, today, now, passwordHash);
  const { schoolId } = s;
  const assignmentById = new Map(s.assignments.map((a) => [a.id, a]));

  // ── lessons ── (published from the timetable just before the year starts)
  const published = earliest(moscowInstant(plan.startDay - 3, 10 * 60), now);
  const planned = planLessons(rnd.fork("lessons"), plan, now, horizon, s.assignments, s.slots, ungraded, startMinute);
  const inserted = await bulkInsert<TLessonInsert, { id: bigint; assignmentId: number; period: number; day: string }>(
    tx,
    "Lesson",
    LESSON_COLUMNS,
    planned.map((l) => ({
      schoolId,
      assignmentId: l.assignmentId,
      slotId: l.slotId,
      date: toDate(l.day),
      period: l.period,
      room: l.room,
      topic: l.topic,
      createdAt: published,
      updatedAt: l.topic ? earliest(moscowInstant(l.day, endMinute(l.period)), now) : published,
    })),
    `id, "assignmentId", period, to_char(date, 'YYYY-MM-DD') AS day`,
  );
  const lessonIds = new Map(inserted.map((r) => [`${r.assignmentId}|${r.day}|${r.period}`, r.id]));
  const lessons: TLessonRow[] = planned.map((l) => ({ ...l, id: lessonIds.get(`${l.assignmentId}|${isoDate(l.day)}|${l.period}`)! }));
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const lessonsByAssignment = new Map<number, TLessonRow[]>();
  for (const l of lessons) {
    const list = lessonsByAssignment.get(l.assignmentId);
    if (list) list.push(l);
    else lessonsByAssignment.set(l.assignmentId, [l]);
  }

  // ── homework ──
  const homeworkPlan = planHomework(rnd.fork("homework"), { today, now, lessonsByAssignment, assignments: s.assignments, ungradedGrades: ungraded, endMinute });
  const homework = await bulkInsert<THomeworkInsert, { id: bigint; lessonId: bigint }>(
    tx,
    "Homework",
    HOMEWORK_COLUMNS,
    homeworkPlan.map((h) => ({
      schoolId,
      lessonId: h.lessonId,
      dueLessonId: h.dueLessonId,
      dueDate: toDate(h.dueDay),
      text: h.text,
      createdById: h.createdById,
      createdAt: h.createdAt,
      updatedAt: h.createdAt,
    })),
    `id, "lessonId"`,
  );
  const dueDayOf = new Map(homeworkPlan.map((h) => [h.lessonId, h.dueDay]));

  // ── attendance, marks, homework done ──
  const { rows: attendance, missed } = planAttendance(rnd.fork("attendance"), {
    now,
    lessons,
    pupils: s.pupils,
    assignments: assignmentById,
    codes: s.absenceCodes,
    startMinute,
  });
  await bulkInsert<TAttendanceInsert>(
    tx,
    "Attendance",
    ATTENDANCE_COLUMNS,
    attendance.map((a) => ({ schoolId, ...a, updatedAt: a.createdAt })),
  );

  const marks = planMarks(rnd.fork("marks"), {
    today,
    now,
    terms: plan.terms,
    lessonsByAssignment,
    assignments: s.assignments,
    pupils: s.pupils,
    missed,
    lessonsWithHomework: new Set(homeworkPlan.map((h) => h.lessonId)),
    workKinds: s.workKinds,
    ungradedGrades: ungraded,
    startMinute,
  });
  await bulkInsert<TMarkInsert>(
    tx,
    "Mark",
    MARK_COLUMNS,
    marks.map((m) => ({ schoolId, ...m, updatedAt: m.createdAt })),
  );

  const completions = planCompletions(rnd.fork("completions"), {
    now,
    pupils: s.pupils,
    homework: homework.map((h) => {
      const lesson = lessonById.get(h.lessonId)!;
      return {
        id: h.id,
        lessonDay: lesson.day,
        dueDay: dueDayOf.get(h.lessonId)!,
        isGiven: lesson.isPast,
        assignment: assignmentById.get(lesson.assignmentId)!,
      };
    }),
  });
  await bulkInsert<TCompletionInsert>(
    tx,
    "HomeworkCompletion",
    COMPLETION_COLUMNS,
    completions.map((c) => ({ schoolId, ...c })),
  );

  // ── term and year marks of closed terms ──
  const finals = planFinalMarks({
    today,
    now,
    terms: plan.terms,
    assignments: s.assignments,
    pupils: s.pupils,
    lessonById,
    marks,
    weightOf: s.weightOf,
    ungradedGrades: ungraded,
  });
  await bulkInsert<TFinalMarkInsert>(
    tx,
    "FinalMark",
    FINAL_MARK_COLUMNS,
    finals.map(({ termNumber, ...f }) => ({
      schoolId,
      yearId: s.yearId,
      termId: termNumber === null ? null : s.termIds.get(termNumber)!,
      isOverride: false,
      ...f,
      updatedAt: f.createdAt,
    })),
  );

  return {
    schoolId,
    counts: {
      ...s.counts,
      lessons: lessons.length,
      pastLessons: lessons.filter((l) => l.isPast).length,
      homework: homework.length,
      homeworkCompletions: completions.length,
      marks: marks.length,
      pendingMarks: marks.filter((m) => m.isPending).length,
      attendance: attendance.length,
      finalMarks: finals.length,
    },
  };
}
