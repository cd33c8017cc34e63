// Helpers for the journal's integration tests and benchmark: counting the SQL statements a piece of
// code sends, and the rows a refused write must leave untouched.
import pg from "pg";
import type { TPrismaClient } from "@/lib/database/prisma";
import type { TTestSchool } from "@/test/support/factories";
import type { TSaveCellArgs } from "../../lib/journal/schemas";

type TQuery = (...args: unknown[]) => unknown;

/** Runs `fn` and lists every statement sent to PostgreSQL meanwhile (BEGIN and COMMIT included). */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const proto = pg.Client.prototype as unknown as { query: TQuery };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { text?: string };
    statements.push(typeof q === "string" ? q : (q?.text ?? ""));
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    proto.query = original;
  }
}

/** Counts of everything a journal write could touch in one school. */
export async function journalRowCounts(db: TPrismaClient, schoolId: number) {
  const [marks, attendance, finalMarks, audit, homework, lessonsWithTopic] = await Promise.all([
    db.mark.count({ where: { schoolId } }),
    db.attendance.count({ where: { schoolId } }),
    db.finalMark.count({ where: { schoolId } }),
    db.auditEvent.count({ where: { schoolId } }),
    db.homework.count({ where: { schoolId } }),
    db.lesson.count({ where: { schoolId, topic: { not: null } } }),
  ]);
  return { marks, attendance, finalMarks, audit, homework, lessonsWithTopic };
}

/** A save of the first pupil's cell on the school's first lesson, changing nothing unless told. */
export const cellInput = (s: TTestSchool, over: Partial<TSaveCellArgs> = {}): TSaveCellArgs => ({
  assignmentId: s.assignmentId,
  lessonId: s.lessons[0].id,
  studentId: s.pupils[0].id,
  upsert: [],
  remove: [],
  ...over,
});
