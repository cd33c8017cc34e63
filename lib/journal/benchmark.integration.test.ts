// The journal's server timings on the demo school — a benchmark, not a test: it asserts only that
// the work succeeded, and prints p50/p95. Skipped unless BELEM_BENCH=1:
//   BELEM_BENCH=1 BELEM_TEST_PG_NAME=… BELEM_TEST_PG_PORT=… npx tsx scripts/test.ts --integration lib/journal/benchmark
// Measured in-process through the real action chain (session cookie decoded, user read, rules
// checked, written with its audit event), and the page's data read. The page's full server render
// is measured over HTTP against `next start` by e2e/journal-bench.spec.ts: Vitest runs React's
// development build, several times slower than a server's.
import { describe, expect, it } from "vitest";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { schoolToday } from "@/lib/i18n/dates";
import { seedIfEmpty } from "@/seed";
import { DEMO_LOGINS } from "@/seed/demo-accounts";
import { createPerson } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { countStatements } from "../../test/support/statements";
import { saveCellAction } from "./actions";
import { getJournalTerm } from "./queries";

const SAVES = 300;
const READS = 40;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { n: sorted.length, p50: Number(at(0.5).toFixed(2)), p95: Number(at(0.95).toFixed(2)), max: Number(sorted[sorted.length - 1].toFixed(2)) };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

describe.skipIf(process.env.BELEM_BENCH !== "1")("journal benchmark on the demo school", () => {
  it("saves marks and renders a full quarter of 30 pupils", { timeout: 900_000 }, async () => {
    await seedIfEmpty(process.env.DATABASE_URL as string);
    const teacher = await db.user.findUniqueOrThrow({ where: { login: DEMO_LOGINS.teacher }, select: { id: true, sessionVersion: true } });
    const assignment = await db.teachingAssignment.findFirstOrThrow({
      where: { teacherId: teacher.id, subject: { code: "math" }, class: { grade: 5, letter: "А" } },
      select: { id: true, schoolId: true, classId: true, yearId: true, year: { select: { startDate: true } } },
    });
    // The demo 5 «А» has 27 pupils; three more make the thirty.
    const enrolled = await db.enrolment.count({ where: { classId: assignment.classId, endDate: null } });
    for (let i = enrolled; i < 30; i++) {
      const p = await createPerson(db, assignment.schoolId, ["STUDENT"], `Бенч${i}`);
      await db.enrolment.create({
        data: { schoolId: assignment.schoolId, classId: assignment.classId, studentId: p.id, startDate: assignment.year.startDate },
      });
    }

    // Reading: the first quarter is complete (the demo locks it), the "full quarter" of the issue.
    const read = () =>
      asUser(teacher, async () => {
        const user = (await getCurrentUser()) as TCurrentUser;
        const data = await getJournalTerm(user, assignment.id, { term: "1" });
        if (!data) throw new Error("journal not readable");
        return data;
      });
    for (let i = 0; i < 3; i++) await read();
    const reads: number[] = [];
    let shape = { pupils: 0, lessons: 0, marks: 0 };
    for (let i = 0; i < READS; i++) {
      const [ms, data] = await timed(read);
      reads.push(ms);
      shape = { pupils: data.pupils.length, lessons: data.lessons.length, marks: data.marks.length };
    }
    const statements = await asUser(teacher, async () => {
      const user = (await getCurrentUser()) as TCurrentUser;
      return (await countStatements(() => getJournalTerm(user, assignment.id, { term: "1" }))).statements.length;
    });

    // Saving: new marks into the current (open) quarter's lessons up to today, spread over the class.
    const data = await asUser(teacher, async () => getJournalTerm((await getCurrentUser()) as TCurrentUser, assignment.id));
    if (!data) throw new Error("journal not readable");
    const lessons = data.lessons.filter((l) => l.date <= schoolToday());
    const kind = data.header.workKinds.find((w) => w.isDefault)?.id as number;
    const save = (n: number) =>
      asUser(teacher, () =>
        saveCellAction({
          assignmentId: assignment.id,
          lessonId: lessons[n % lessons.length].id,
          studentId: data.pupils[(n * 7) % data.pupils.length].id,
          upsert: [{ key: `b${n}`, value: 2 + (n % 4), workKindId: kind, isPending: false, comment: null }],
          remove: [],
        }),
      );
    for (let n = 0; n < 20; n++) await save(n);
    const saves: number[] = [];
    for (let n = 20; n < 20 + SAVES; n++) {
      const [ms, result] = await timed(() => save(n));
      expect(result.data?.createdIds[`b${n}`]).toBeGreaterThan(0);
      saves.push(ms);
    }

    const report = {
      date: new Date().toISOString(),
      saveMarkMs: percentiles(saves),
      journalRead: { ...shape, statements, ms: percentiles(reads) },
    };
    console.log(`\n[bench:journal] ${JSON.stringify(report, null, 2)}`);
    expect(shape.pupils).toBeGreaterThanOrEqual(30);
  });
});
