// The journal page's server time on the demo school — a benchmark, not a test: skipped unless
// BELEM_BENCH=1, it prints p50/p95 and asserts only that the page answered. Against `next start`
// (the production build), signed in as the demo teacher:
//   BELEM_BENCH=1 BELEM_TEST_PG_NAME=… BELEM_TEST_PG_PORT=… NEXT_DIST_DIR=… E2E_PORT=… \
//     npx tsx scripts/test.ts --e2e e2e/journal-bench.spec.ts
// The time is from the request to the last byte of the HTML on localhost: the server's work.
import { expect, test } from "@playwright/test";
import { createPerson } from "../test/support/factories";
import { withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_LOGINS, signIn } from "./helpers";

const RUNS = 30;

test.skip(process.env.BELEM_BENCH !== "1", "a benchmark: run with BELEM_BENCH=1");
test.beforeAll(() => assertLocalDatabase());

test("server time of the journal page: 30 pupils × a full quarter", async ({ page }) => {
  test.setTimeout(600_000);
  const assignmentId = await withE2EDb(async (db) => {
    const a = await db.teachingAssignment.findFirstOrThrow({
      where: { teacher: { login: DEMO_LOGINS.teacher }, subject: { code: "math" }, class: { grade: 5, letter: "А" } },
      select: { id: true, schoolId: true, classId: true, year: { select: { startDate: true } } },
    });
    // The demo 5 «А» has 27 pupils; three more make the thirty (this run's database only).
    const enrolled = await db.enrolment.count({ where: { classId: a.classId, endDate: null } });
    for (let i = enrolled; i < 30; i++) {
      const p = await createPerson(db, a.schoolId, ["STUDENT"], `Бенч${i}`);
      await db.enrolment.create({ data: { schoolId: a.schoolId, classId: a.classId, studentId: p.id, startDate: a.year.startDate } });
    }
    return a.id;
  });
  await signIn(page, DEMO_LOGINS.teacher);
  const url = `/journal/${assignmentId}?term=1`;
  const fetchPage = async () => {
    const start = performance.now();
    const res = await page.request.get(url);
    const body = await res.text();
    expect(res.status()).toBe(200);
    return { ms: performance.now() - start, bytes: body.length, cells: (body.match(/data-cell="/g) ?? []).length };
  };
  for (let i = 0; i < 3; i++) await fetchPage();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await fetchPage());
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)].toFixed(1));
  const report = {
    date: new Date().toISOString(),
    url,
    runs: RUNS,
    cells: runs[0].cells,
    htmlKb: Math.round(runs[0].bytes / 1024),
    p50: at(0.5),
    p95: at(0.95),
  };
  console.log(`\n[bench:journal-page] ${JSON.stringify(report)}`);
  // The grid renders the lesson columns in view (a laptop's width on the server), for every pupil.
  expect(runs[0].cells).toBeGreaterThanOrEqual(30 * 10);
});
