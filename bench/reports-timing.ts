// Times the school summary and the region summary (lib/reports/summaries.ts) on the benchmark
// district, read-only: every connection runs with default_transaction_read_only, so nothing can
// change the district. A measurement script, not a test: timings depend on the machine.
//
//   NODE_OPTIONS=--conditions=react-server npx tsx bench/reports-timing.ts [--pupils 50000] [--runs 7] [--terms 2,3] [--only school|region]
//
// Needs the district (`npm run seed:bench`). Uses the bench cluster when it is running (port
// BENCH_PG_PORT, default 54358) or BENCH_DATABASE_URL; otherwise starts it with openBenchCluster()
// and stops it at the end. Prints, per term, the p50 / min / max of --runs runs (after one warm-up
// run) for the smallest, a middle and the largest school, and for the region summary; "before" is
// the summaries' former figures (loadTermOutcomes' cells counted in JS), "after" the summaries
// themselves (figures counted in SQL), run alternately so that both see the same machine load.
import net from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { withDatabase } from "@/lib/database/embedded";
import { benchDatabaseName, openBenchCluster, type TBenchCluster } from "@/seed/bench/database";

const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "50000" },
    runs: { type: "string", default: "7" },
    terms: { type: "string", default: "2,3" },
    only: { type: "string" },
  },
});
const pupils = Number(values.pupils);
const runs = Number(values.runs);
const termNumbers = values.terms.split(",").map(Number);
const port = Number(process.env.BENCH_PG_PORT ?? 54358);

const isListening = (p: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(p, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

async function cluster(): Promise<TBenchCluster & { isOurs: boolean }> {
  if (process.env.BENCH_DATABASE_URL || !(await isListening(port))) return { ...(await openBenchCluster()), isOurs: !process.env.BENCH_DATABASE_URL };
  return { adminUrl: `postgresql://belem:belem-local@127.0.0.1:${port}/belem`, isEmbedded: true, stop: async () => {}, isOurs: false };
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];

type TTiming = { p50: number; min: number; max: number };
const summary = (ms: number[]): TTiming => ({ p50: Math.round(p50(ms)), min: Math.round(Math.min(...ms)), max: Math.round(Math.max(...ms)) });
const show = (t: TTiming) => `${t.p50} (${t.min}–${t.max})`;

/** Runs `before` and `after` alternately, after a warm-up of each. */
async function time(before: () => Promise<unknown>, after: () => Promise<unknown>): Promise<[TTiming, TTiming]> {
  await before();
  await after();
  const ms: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [before, after].entries()) {
      const t0 = performance.now();
      await fn();
      ms[k].push(performance.now() - t0);
    }
  }
  return [summary(ms[0]), summary(ms[1])];
}

const c = await cluster();
try {
  const url = new URL(withDatabase(c.adminUrl, benchDatabaseName(pupils)));
  url.searchParams.set("options", "-c default_transaction_read_only=on");
  process.env.DATABASE_URL = url.toString();
  process.env.NEXTAUTH_SECRET ??= "reports-timing-not-a-secret";
  const { db } = await import("@/lib/db");
  const { getRegionSummary, getSchoolSummary } = await import("@/lib/reports/summaries");
  const { getCurrentReportYear } = await import("@/lib/reports/term-sheet");
  const { figuresBy, figuresOf, loadTermOutcomes } = await import("@/lib/reports/term-outcomes");
  // The figures as the summaries computed them before: every cell to JS, counted there.
  const jsFigures = async (termIds: number[], keyOf: (r: { classId: number; schoolId: number }) => number) => {
    const rows = await loadTermOutcomes({ termIds });
    return [figuresBy(rows, keyOf), figuresOf(rows)];
  };

  const schools = await db.$queryRaw<{ id: number; regionId: number; pupils: number }[]>`
    SELECT s.id, s."regionId", count(DISTINCT e."studentId")::int AS pupils
    FROM "School" s JOIN "Enrolment" e ON e."schoolId" = s.id AND e."endDate" IS NULL
    WHERE s."isActive" GROUP BY s.id ORDER BY pupils`;
  const picked = [schools[0], schools[Math.floor(schools.length / 2)], schools[schools.length - 1]];
  console.log(
    `${new Date().toISOString()} district ${pupils} pupils, ${schools.length} schools; ${runs} runs after a warm-up; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" / ")}`,
  );
  console.log("| report | pupils | term | before: p50 (min–max) ms | after: p50 (min–max) ms |\n|---|---|---|---|---|");
  for (const number of termNumbers) {
    for (const school of values.only === "region" ? [] : picked) {
      const year = await getCurrentReportYear(school.id);
      const term = year?.terms.find((t) => t.number === number);
      if (!year || !term) continue;
      const [before, after] = await time(
        () => jsFigures([term.id], (r) => r.classId),
        () => getSchoolSummary(school.id, year.id, term),
      );
      console.log(`| school summary (school ${school.id}) | ${school.pupils} | ${number} | ${show(before)} | ${show(after)} |`);
    }
    if (values.only === "school") continue;
    const termIds = (
      await db.term.findMany({ where: { number, year: { isCurrent: true }, school: { regionId: picked[0].regionId, isActive: true } }, select: { id: true } })
    ).map((t) => t.id);
    const [before, after] = await time(
      () => jsFigures(termIds, (r) => r.schoolId),
      () => getRegionSummary(picked[0].regionId, number),
    );
    console.log(`| region summary | ${pupils} | ${number} | ${show(before)} | ${show(after)} |`);
  }
  await db.$disconnect();
} finally {
  if (c.isOurs) await c.stop();
}
