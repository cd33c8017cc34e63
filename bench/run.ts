// `npm run bench`: the benchmark of issue 8 against a production build and a generated district
// (`npm run seed:bench` first). One app process under 1 and 32 clients for each path, a counting
// pass through the SQL proxy, the SQL floors, two processes behind nginx, the diary at a small
// district for "flat with size", and a check of every acknowledged save. Writes
// bench/results/<date>.json (+ .md, and -plans.md with the hot queries' plans). docs/performance.md
// explains every figure.
//   --pupils 50000   the district to run against      --compare 5000  the small district (0: skip)
//   --seconds 10     per measurement                   --rebuild       next build even if a build exists
import "dotenv/config";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { recreateDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { benchDatabaseUrl, hasDistrict, openBenchCluster } from "../lib/seed/bench/database";
import { BENCH_PASSWORD, DEFAULT_BENCH_SEED, generateDistrict } from "../lib/seed/bench/generate";
import { onShutdown, shutdown } from "../scripts/lib/process";
import { buildApp, DIST_DIR, findNginx, hasBuild, startApp, startNginx, type TAppProcess } from "./app";
import { explain, isDataStatement, runSqlFloor } from "./floors";
import { runLoad, type TScenario, warmUp } from "./load";
import { captureStatements, tableCounts, verifySaves } from "./passes";
import { judgeTargets, markdown, PATHS, type TPath, type TResults } from "./report";
import { buildScenarios, type TScenarioContext } from "./scenarios";
import { findActionId } from "./server-action";
import { getCsrf, signInAll } from "./sessions";
import { startSqlProxy } from "./sql-proxy";
import { calibrate, median } from "./stats";
import { pickTargets } from "./targets";

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "50000" },
    compare: { type: "string", default: "5000" },
    seconds: { type: "string", default: "10" },
    rebuild: { type: "boolean", default: false },
  },
});
const pupils = Number(values.pupils);
const compare = Number(values.compare);
const seconds = Number(values.seconds);
const PORTS = { one: 3301, two: 3302, nginx: 3300 };
const log = (m: string) => console.log(`[bench] ${m}`);

try {
  const cluster = await openBenchCluster();
  onShutdown(() => cluster.stop());
  if (!(await hasDistrict(cluster, pupils))) {
    console.error(`[bench] no ${pupils}-pupil district yet: run \`npm run seed:bench -- --pupils ${pupils}\` first.`);
    await shutdown(2);
  }
  const url = benchDatabaseUrl(cluster, pupils);
  if (values.rebuild || !hasBuild()) {
    log(`next build into ${DIST_DIR} …`);
    await buildApp(process.env);
  }

  const skipped: string[] = [];
  const marksPath = existsSync("app/(app)/diary/[studentId]/marks/page.tsx") ? "marks" : null;
  if (!marksPath) skipped.push("marks-by-subject page: app/(app)/diary/[studentId]/marks/ not in this tree");
  const hasJournal = existsSync("app/(app)/journal/[assignmentId]/page.tsx");
  if (!hasJournal) skipped.push("journal page: app/(app)/journal/[assignmentId]/ not in this tree");
  const saveActionId = findActionId(DIST_DIR, "saveCellAction", "lib/journal/actions");
  if (!saveActionId) skipped.push("mark save: no saveCellAction of lib/journal/actions.ts in the build's server-reference manifest");

  const targets = await pickTargets(url, { readers: 200, teachers: 60, logins: 400 });
  const loadBefore = os.loadavg();
  const sha = (d: Uint8Array) => createHash("sha256").update(d).digest();
  const calibrationBefore = calibrate(sha);
  log(
    `district: ${pupils} pupils; ${targets.readers.length} diary readers, ${targets.journals.length} teachers, weeks ${targets.weeks.at(-1)} … ${targets.weeks[0]}, quarter ${targets.term}`,
  );

  const origin = (port: number) => `http://127.0.0.1:${port}`;
  let app: TAppProcess = await startApp({ port: PORTS.one, databaseUrl: url, publicUrl: origin(PORTS.one) });
  const logins = [...new Set([...targets.readers.map((r) => r.login), ...targets.journals.map((j) => j.login)])];
  log(`signing in ${logins.length} people …`);
  const ctx: TScenarioContext = {
    origin: origin(PORTS.one),
    targets,
    sessions: await signInAll(origin(PORTS.one), logins, BENCH_PASSWORD),
    csrf: await getCsrf(origin(PORTS.one)),
    password: BENCH_PASSWORD,
    marksPath,
    hasJournal,
    saveActionId,
    saved: [],
  };
  const scenarios = Object.entries(buildScenarios(ctx)).filter((e): e is [TPath | "ping", TScenario] => e[1] !== null);

  const single: TResults["single"] = {};
  for (const [name, scenario] of scenarios) {
    await warmUp(origin(PORTS.one), scenario, 10);
    await runLoad(origin(PORTS.one), scenario, { clients: 4, seconds: 3 }); // JIT, caches, the pool
    const c1 = await runLoad(origin(PORTS.one), scenario, { clients: 1, seconds });
    const c32 = await runLoad(origin(PORTS.one), scenario, { clients: 32, seconds });
    single[name] = { c1, c32 };
    log(
      `${name}: 1 client p50 ${c1.p50} p95 ${c1.p95} ms, ${c1.rps}/s; 32 clients p50 ${c32.p50} ms, ${c32.rps}/s; failures ${c1.failures + c32.failures}; RSS ${app.sampleRss()} MB`,
    );
  }
  const singleMaxRssMb = app.maxRssMb();
  await app.stop();

  // Counting pass: the same app, its database connections through the proxy.
  const pgUrl = new URL(url);
  const proxy = await startSqlProxy({ host: pgUrl.hostname, port: Number(pgUrl.port) });
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  app = await startApp({ port: PORTS.one, databaseUrl: proxied.toString(), publicUrl: origin(PORTS.one) });
  const statements: TResults["statements"] = {};
  const scripts: Partial<Record<TPath, Awaited<ReturnType<typeof captureStatements>>["scripts"]>> = {};
  for (const [name, scenario] of scenarios) {
    if (name === "ping") continue;
    const captured = await captureStatements(origin(PORTS.one), scenario, proxy, { samples: 5, offset: 100_000 });
    statements[name] = captured.count;
    scripts[name] = captured.scripts;
    log(`${name}: ${captured.count.perRequest.join(", ")} statements per request`);
  }
  await app.stop();
  await proxy.close();

  const sqlFloor: TResults["sqlFloor"] = {};
  const plans: string[] = [`# Query plans of the hot paths (${pupils} pupils)`, ""];
  for (const p of PATHS) {
    const s = scripts[p];
    if (!s) continue;
    try {
      sqlFloor[p] = { c1: await runSqlFloor(url, s, { clients: 1, seconds }), c32: await runSqlFloor(url, s, { clients: 32, seconds }) };
      log(`${p} SQL floor: p50 ${sqlFloor[p]?.c1?.p50} ms; ${sqlFloor[p]?.c32?.rps}/s at 32`);
    } catch (e) {
      sqlFloor[p] = { error: (e as Error).message };
    }
    plans.push(`## ${p}`, "");
    for (const st of s[0].filter(isDataStatement)) {
      plans.push("```sql", st.text.trim(), "```", `parameters: ${JSON.stringify(st.params)}`, "```");
      plans.push(await explain(url, st).catch((e: Error) => `(no plan: ${e.message})`), "```", "");
    }
  }

  // Two processes behind nginx.
  const two: TResults["two"] = { isAvailable: false, runs: {} };
  const twoMaxRssMb: number[] = [];
  const nginx = findNginx();
  if (!nginx) {
    two.note = "nginx is not installed (apt-get install -y nginx); the two-process run was skipped";
    skipped.push(two.note);
  } else {
    const apps = await Promise.all([PORTS.one, PORTS.two].map((port) => startApp({ port, databaseUrl: url, publicUrl: origin(PORTS.nginx) })));
    const lb = await startNginx({ nginx, port: PORTS.nginx, upstreams: [PORTS.one, PORTS.two], dir: resolve(".data/bench-nginx") });
    ctx.origin = origin(PORTS.nginx);
    two.isAvailable = true;
    for (const [name, scenario] of scenarios) {
      await warmUp(origin(PORTS.nginx), scenario, 10);
      await runLoad(origin(PORTS.nginx), scenario, { clients: 8, seconds: 2 });
      two.runs[name] = await runLoad(origin(PORTS.nginx), scenario, { clients: 32, seconds });
      log(`two processes, ${name}: ${two.runs[name]?.rps}/s at 32 clients`);
    }
    twoMaxRssMb.push(...apps.map((a) => a.maxRssMb()));
    await lb.stop();
    await Promise.all(apps.map((a) => a.stop()));
  }

  // Flat with size: the diary at the small and the large district, measured in alternation.
  let flat: TResults["flat"] = null;
  if (compare > 0 && compare !== pupils) {
    if (!(await hasDistrict(cluster, compare))) {
      log(`generating the ${compare}-pupil district for the size comparison …`);
      const small = benchDatabaseUrl(cluster, compare);
      await recreateDatabase(small);
      await migrate(small);
      await generateDistrict(small, { pupils: compare, seed: DEFAULT_BENCH_SEED, until: await lastLessonDay(url) });
    }
    const smallUrl = benchDatabaseUrl(cluster, compare);
    const smallTargets = await pickTargets(smallUrl, { readers: 100, teachers: 0, logins: 0 });
    const large = await startApp({ port: PORTS.one, databaseUrl: url, publicUrl: origin(PORTS.one) });
    const smallApp = await startApp({ port: PORTS.two, databaseUrl: smallUrl, publicUrl: origin(PORTS.two) });
    // The large district's people are signed in already (same database, same secret); the small one's sign in now.
    const diaryOf = async (port: number, t: typeof targets, isSignedIn: boolean) => {
      const sessions = isSignedIn
        ? ctx.sessions
        : await signInAll(
            origin(port),
            t.readers.map((r) => r.login),
            BENCH_PASSWORD,
          );
      return buildScenarios({ ...ctx, origin: origin(port), targets: t, sessions }).diaryWeek as TScenario;
    };
    const largeDiary = await diaryOf(PORTS.one, { ...targets, readers: targets.readers.slice(0, 100) }, true);
    const smallDiary = await diaryOf(PORTS.two, smallTargets, false);
    const p50s = { small: [] as number[], large: [] as number[] };
    for (let round = 0; round < 4; round++) {
      p50s.large.push((await runLoad(origin(PORTS.one), largeDiary, { clients: 1, seconds: 4 })).p50);
      p50s.small.push((await runLoad(origin(PORTS.two), smallDiary, { clients: 1, seconds: 4 })).p50);
    }
    const [a, b] = [median(p50s.large.slice(1)), median(p50s.small.slice(1))]; // the first round warms up
    flat = { comparePupils: compare, p50Large: a, p50Small: b, ratio: a && b ? Math.round((a / b) * 100) / 100 : null };
    log(`flat with size: diary p50 ${a} ms at ${pupils}, ${b} ms at ${compare} pupils`);
    await Promise.all([large.stop(), smallApp.stop()]);
  }

  const saves = saveActionId ? await verifySaves(url, ctx.saved) : null;
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
      postgres: String(counts.postgres),
    },
    data: { pupils, database: new URL(url).pathname.slice(1), counts },
    single,
    sqlFloor,
    statements,
    two,
    flat,
    memory: { singleMaxRssMb, twoMaxRssMb },
    saves,
    skipped,
  };
  const results: TResults = { ...partial, targets: judgeTargets(partial) };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/${date}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`bench/results/${date}.md`, `${markdown(results)}\n`);
  writeFileSync(`bench/results/${date}-plans.md`, `${plans.join("\n")}\n`);
  console.log(`\n${markdown(results)}\n\n[bench] written bench/results/${date}.json, .md and -plans.md`);
  await shutdown(0);
} catch (e) {
  // Whatever failed, nothing of ours is left running: app processes, nginx, PostgreSQL.
  console.error(e);
  await shutdown(1);
}

/** The "as of" day of a generated district: its last lesson. */
async function lastLessonDay(dbUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { rows } = await c.query<{ d: string }>(`SELECT to_char(max(date), 'YYYY-MM-DD') AS d FROM "Lesson"`);
  await c.end();
  return rows[0].d;
}
