// `npm run bench`: the benchmark of issue 8 against a production build and a generated district
// (`npm run seed:bench` first). One app process under 1 and 32 clients for each path, a counting
// pass through the SQL proxy, the SQL floors, two processes behind nginx, the diary at a small
// district for "flat with size", and a check of every acknowledged save. Writes
// bench/results/<date>.json (+ .md, and -plans.md with the hot queries' plans). docs/performance.md
// explains every figure.
//   --pupils 50000   the district to run against      --compare 5000  the small district (0: skip)
//   --seconds 10     per measurement                   --rebuild       next build even if a build exists
//   --demo           the demo school instead (seeded afresh into belem_bench_demo; no size
//                    comparison): writes bench/results/<date>-demo.*   --today YYYY-MM-DD  its "today"
//   --skip-replica   no diary run with its reads on a hot standby of the benchmark cluster
//   --skip-notifications  no notification rows (they run bench/notifications in the integration tier)
import "dotenv/config";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { recreateDatabase, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { onShutdown, shutdown } from "../scripts/lib/process";
import { DEMO_PASSWORD } from "../seed";
import { benchDatabaseUrl, hasDistrict, openBenchCluster, type TBenchCluster } from "../seed/bench/database";
import { BENCH_PASSWORD, DEFAULT_BENCH_SEED, generateDistrict } from "../seed/bench/generate";
import { buildApp, DIST_DIR, hasBuild, startApp } from "./app";
import { DEMO_DATABASE, demoMoment, prepareDemoDatabase } from "./demo";
import { runLoad, type TScenario } from "./load";
import { measure, origin, PORTS } from "./measure";
import { measureNotifications, type TNotificationRun } from "./notifications-run";
import { postgresVersion, tableCounts, verifySaves } from "./passes";
import { measureReplica, type TReplicaRun } from "./replica";
import { judgeTargets, markdown, type TPath, type TResults } from "./report";
import { buildScenarios, type TScenarioContext } from "./scenarios";
import { findActionId } from "./server-action";
import { getCsrf, signInAll } from "./sessions";
import { calibrate, median } from "./stats";
import { pickTargets, type TTargets } from "./targets";

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "50000" },
    compare: { type: "string", default: "5000" },
    seconds: { type: "string", default: "10" },
    rebuild: { type: "boolean", default: false },
    demo: { type: "boolean", default: false },
    today: { type: "string" },
    "skip-replica": { type: "boolean", default: false },
    "skip-notifications": { type: "boolean", default: false },
  },
});
const isDemo = values.demo;
const compare = Number(values.compare);
const seconds = Number(values.seconds);
const log = (m: string) => console.log(`[bench] ${m}`);
const kazanDay = (d: Date) => new Date(d.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

try {
  const cluster = await openBenchCluster();
  onShutdown(() => cluster.stop());
  let url: string;
  let pupils = Number(values.pupils);
  let asOf: string | undefined;
  if (isDemo) {
    const today = values.today ? demoMoment(values.today) : new Date();
    if (Number.isNaN(today.getTime())) throw new Error(`--today: not a date: ${values.today}`);
    asOf = kazanDay(today);
    log(`seeding the demo school as of ${asOf} into a fresh database …`);
    url = withDatabase(cluster.adminUrl, DEMO_DATABASE);
    await prepareDemoDatabase(url, today);
  } else {
    if (!(await hasDistrict(cluster, pupils))) {
      console.error(`[bench] no ${pupils}-pupil district yet: run \`npm run seed:bench -- --pupils ${pupils}\` first.`);
      await shutdown(2);
    }
    url = benchDatabaseUrl(cluster, pupils);
    await migrateDistrict(url);
  }
  const password = isDemo ? DEMO_PASSWORD : BENCH_PASSWORD;
  if (values.rebuild || !hasBuild()) {
    log(`next build into ${DIST_DIR} …`);
    await buildApp(process.env);
  }

  const skipped: string[] = [];
  const marksPath = existsSync("app/(app)/diary/[studentId]/marks/page.tsx") ? "marks" : null;
  if (!marksPath) skipped.push("marks-by-subject page: app/(app)/diary/[studentId]/marks/ not in this tree");
  const hasJournal = existsSync("app/(app)/journal/[assignmentId]/page.tsx");
  if (!hasJournal) skipped.push("journal page: app/(app)/journal/[assignmentId]/ not in this tree");
  const hasSchoolSummary = existsSync("app/(app)/reports/school/page.tsx");
  if (!hasSchoolSummary) skipped.push("school summary page: app/(app)/reports/school/ not in this tree");
  const saveActionId = findActionId(DIST_DIR, "saveCellAction", "lib/journal/actions");
  if (!saveActionId) skipped.push("mark save: no saveCellAction of lib/journal/actions.ts in the build's server-reference manifest");
  const burstActionId = findActionId(DIST_DIR, "saveCellsAction", "lib/journal/actions");
  if (!burstActionId) skipped.push("burst save: no saveCellsAction of lib/journal/actions.ts in the build's server-reference manifest");

  // The demo school is small: every pupil of grades 2–11 reads, every teacher of a class of 20 or more writes.
  const targets = await pickTargets(url, { readers: 200, teachers: 60, logins: 400, ...(isDemo ? { minClassSize: 20, asOf } : {}) });
  if (isDemo) pupils = (await tableCounts(url, ["Enrolment"])).Enrolment;
  if (targets.journals.length === 0)
    skipped.push(`journal page and mark save: no class of ${isDemo ? 20 : 28} or more with lessons to mark in quarter ${targets.term}`);
  if (targets.schoolAdmins.length < 2) skipped.push("school summary of a typical school: the data has one school (its summary is the largest school's row)");
  const loadBefore = os.loadavg();
  const sha = (d: Uint8Array) => createHash("sha256").update(d).digest();
  const calibrationBefore = calibrate(sha);
  log(
    `${isDemo ? "demo school" : "district"}: ${pupils} pupils; ${targets.readers.length} diary readers, ${targets.journals.length} teachers (classes of ${targets.journals.map((j) => j.classSize).join(", ")}), ` +
      `weeks ${targets.weeks.at(-1)} … ${targets.weeks[0]}, quarter ${targets.term} (journal: ${targets.journalTerm}), school summaries: ${targets.schoolAdmins.map((a) => `${a.login} (${a.pupils} pupils)`).join(", ")}`,
  );

  const app = await startApp({ port: PORTS.one, databaseUrl: url, publicUrl: origin(PORTS.one) });
  const logins = [...new Set([...targets.readers.map((r) => r.login), ...targets.journals.map((j) => j.login), ...targets.schoolAdmins.map((a) => a.login)])];
  log(`signing in ${logins.length} people …`);
  const ctx: TScenarioContext = {
    origin: origin(PORTS.one),
    targets,
    sessions: await signInAll(origin(PORTS.one), logins, password),
    csrf: await getCsrf(origin(PORTS.one)),
    password,
    marksPath,
    hasJournal,
    hasSchoolSummary,
    saveActionId,
    burstActionId,
    saved: [],
  };
  const scenarios = Object.entries(buildScenarios(ctx)).filter((e): e is [TPath | "ping", TScenario] => e[1] !== null);
  const measured = await measure({ url, app, ctx, scenarios, seconds, title: isDemo ? `the demo school, ${pupils} pupils` : `${pupils} pupils` });
  skipped.push(...measured.skipped);

  // Flat with size: the diary at the small and the large district, measured in alternation.
  const flat = !isDemo && compare > 0 && compare !== pupils ? await flatWithSize(cluster, url, ctx, pupils) : null;

  // The diary with its reads on a hot standby of this cluster (a superuser's connection makes it).
  let replica: TReplicaRun | null = null;
  const diary = buildScenarios({ ...ctx, origin: origin(PORTS.one) }).diaryWeek;
  if (!values["skip-replica"] && diary) {
    log("the diary week with its reads on a hot standby …");
    try {
      replica = await measureReplica({ adminUrl: withDatabase(cluster.adminUrl, "postgres"), url, diary, seconds });
      log(
        `replica: diary ${replica.c32.rps}/s at 32 clients; transactions on the standby ${replica.transactions.standby}, on the primary ${replica.transactions.primary}`,
      );
    } catch (e) {
      skipped.push(`diary on a hot standby: ${(e as Error).message.split("\n")[0]}`);
    }
  }

  const saves = saveActionId || burstActionId ? await verifySaves(url, ctx.saved) : null;
  const counts = await tableCounts(url, ["School", "User", "Lesson", "Mark", "Attendance", "Homework", "FinalMark", "AuditEvent"]);
  const date = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
  const partial: Omit<TResults, "targets"> = {
    date,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? "?",
      memoryMb: Math.round(os.totalmem() / 2 ** 20),
      loadBefore,
      loadAfter: os.loadavg(),
      calibrationMs: [calibrationBefore, calibrate(sha)],
      node: process.version,
      postgres: await postgresVersion(url),
    },
    data: { pupils, database: new URL(url).pathname.slice(1), counts, ...(isDemo ? { label: `the demo school as of ${asOf}` } : {}) },
    single: measured.single,
    sqlFloor: measured.sqlFloor,
    statements: measured.statements,
    two: measured.two,
    flat,
    memory: measured.memory,
    saves,
    replica,
    notifications: await notifications(skipped),
    skipped,
  };
  const results: TResults = { ...partial, targets: judgeTargets(partial) };
  const name = isDemo ? `${date}-demo` : date;
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`bench/results/${name}.md`, `${markdown(results)}\n`);
  writeFileSync(`bench/results/${name}-plans.md`, `${measured.plans.join("\n")}\n`);
  console.log(`\n${markdown(results)}\n\n[bench] written bench/results/${name}.json, .md and -plans.md`);
  await shutdown(0);
} catch (e) {
  // Whatever failed, nothing of ours is left running: app processes, nginx, PostgreSQL.
  console.error(e);
  await shutdown(1);
}

/** The notification rows, unless skipped; a failure is reported, not fatal to the rest of the run. */
async function notifications(skipped: string[]): Promise<TNotificationRun | null> {
  if (values["skip-notifications"]) return null;
  log("notifications: a class announcement and a queue of 10,000, in the integration tier's PostgreSQL …");
  try {
    return await measureNotifications();
  } catch (e) {
    skipped.push(`notifications: ${(e as Error).message.split("\n")[0]}`);
    return null;
  }
}

/** A district generated before the latest migrations gets them, as a deployed school's database would at start-up. */
async function migrateDistrict(url: string) {
  const { applied } = await migrate(url);
  if (!applied.length) return;
  // How long each took on this district (the runner records start and end), then fresh statistics:
  // a migration that rewrites a table leaves the planner without them until autovacuum comes by.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; ms: number }>(
      `SELECT migration_name AS name, round(extract(epoch FROM finished_at - started_at) * 1000)::int AS ms
         FROM "_prisma_migrations" WHERE migration_name = ANY($1::text[]) ORDER BY started_at`,
      [applied],
    );
    log(`applied the migrations added since the district was generated: ${rows.map((r) => `${r.name} (${(r.ms / 1000).toFixed(1)} s)`).join(", ")}`);
    const started = Date.now();
    await client.query("ANALYZE");
    log(`ANALYZE after them: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

/** The diary week page at 1 client against this district and the --compare one, in alternating rounds. */
async function flatWithSize(cluster: TBenchCluster, url: string, ctx: TScenarioContext, pupils: number): Promise<TResults["flat"]> {
  if (!(await hasDistrict(cluster, compare))) {
    log(`generating the ${compare}-pupil district for the size comparison …`);
    const small = benchDatabaseUrl(cluster, compare);
    await recreateDatabase(small);
    await migrate(small);
    await generateDistrict(small, { pupils: compare, seed: DEFAULT_BENCH_SEED, until: await lastLessonDay(url) });
  }
  const smallUrl = benchDatabaseUrl(cluster, compare);
  await migrateDistrict(smallUrl);
  const smallTargets = await pickTargets(smallUrl, { readers: 100, teachers: 0, logins: 0 });
  const large = await startApp({ port: PORTS.one, databaseUrl: url, publicUrl: origin(PORTS.one) });
  const smallApp = await startApp({ port: PORTS.two, databaseUrl: smallUrl, publicUrl: origin(PORTS.two) });
  // The large district's people are signed in already (same database, same secret); the small one's sign in now.
  const diaryOf = async (port: number, t: TTargets, isSignedIn: boolean) => {
    const sessions = isSignedIn
      ? ctx.sessions
      : await signInAll(
          origin(port),
          t.readers.map((r) => r.login),
          BENCH_PASSWORD,
        );
    return buildScenarios({ ...ctx, origin: origin(port), targets: t, sessions }).diaryWeek as TScenario;
  };
  const largeDiary = await diaryOf(PORTS.one, { ...ctx.targets, readers: ctx.targets.readers.slice(0, 100) }, true);
  const smallDiary = await diaryOf(PORTS.two, smallTargets, false);
  const p50s = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < 4; round++) {
    p50s.large.push((await runLoad(origin(PORTS.one), largeDiary, { clients: 1, seconds: 4 })).p50);
    p50s.small.push((await runLoad(origin(PORTS.two), smallDiary, { clients: 1, seconds: 4 })).p50);
  }
  const [a, b] = [median(p50s.large.slice(1)), median(p50s.small.slice(1))]; // the first round warms up
  log(`flat with size: diary p50 ${a} ms at ${pupils}, ${b} ms at ${compare} pupils`);
  await Promise.all([large.stop(), smallApp.stop()]);
  return { comparePupils: compare, p50Large: a, p50Small: b, ratio: a && b ? Math.round((a / b) * 100) / 100 : null };
}

/** The "as of" day of a generated district: its last lesson. */
async function lastLessonDay(dbUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { rows } = await c.query<{ d: string }>(`SELECT to_char(max(date), 'YYYY-MM-DD') AS d FROM "Lesson"`);
  await c.end();
  return rows[0].d;
}
