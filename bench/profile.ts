// `npm run bench:profile -- --path diaryWeek [--path journal …] [--seconds 20] [--clients 4]`:
// one app process of the bench build under `node --cpu-prof`, the chosen paths of the bench's
// scenarios (same people, same weeks as `npm run bench`) run after a warm-up, then the profile's
// top by package and by function. The .cpuprofile files stay in bench/results/tmp/profile/ for a
// flame graph (Chrome DevTools › Performance › Load profile, or speedscope).
// Needs the district (`npm run seed:bench`) and the build (`npm run bench` made it; --rebuild
// builds again). It profiles start-up too: read the function table, not the idle share.
import "dotenv/config";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { onShutdown, shutdown } from "../scripts/lib/process";
import { benchDatabaseUrl, hasDistrict, openBenchCluster } from "../seed/bench/database";
import { BENCH_PASSWORD } from "../seed/bench/generate";
import { buildApp, DIST_DIR, hasBuild, startApp } from "./app";
import { runLoad } from "./load";
import { origin, PORTS } from "./measure";
import { flame, summarize } from "./profile-summary";
import { buildScenarios, type TScenarioContext } from "./scenarios";
import { findActionId } from "./server-action";
import { getCsrf, signInAll } from "./sessions";
import { pickTargets } from "./targets";

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "50000" },
    path: { type: "string", multiple: true, default: ["diaryWeek"] },
    seconds: { type: "string", default: "20" },
    clients: { type: "string", default: "4" },
    rebuild: { type: "boolean", default: false },
  },
});
const log = (m: string) => console.log(`[profile] ${m}`);
const dir = resolve("bench/results/tmp/profile");

try {
  const cluster = await openBenchCluster();
  onShutdown(() => cluster.stop());
  const pupils = Number(values.pupils);
  if (!(await hasDistrict(cluster, pupils))) {
    console.error(`[profile] no ${pupils}-pupil district yet: run \`npm run seed:bench -- --pupils ${pupils}\` first.`);
    await shutdown(2);
  }
  const url = benchDatabaseUrl(cluster, pupils);
  if (values.rebuild || !hasBuild()) {
    log(`next build into ${DIST_DIR} …`);
    await buildApp(process.env);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.env.BENCH_CPU_PROF = dir;
  const targets = await pickTargets(url, { readers: 200, teachers: 60, logins: 400 });
  const app = await startApp({ port: PORTS.one, databaseUrl: url, publicUrl: origin(PORTS.one) });
  onShutdown(() => app.stop());
  const logins = [...new Set([...targets.readers.map((r) => r.login), ...targets.journals.map((j) => j.login), ...targets.schoolAdmins.map((a) => a.login)])];
  const ctx: TScenarioContext = {
    origin: origin(PORTS.one),
    targets,
    sessions: await signInAll(origin(PORTS.one), logins, BENCH_PASSWORD),
    csrf: await getCsrf(origin(PORTS.one)),
    password: BENCH_PASSWORD,
    marksPath: "marks",
    hasJournal: true,
    hasSchoolSummary: true,
    saveActionId: findActionId(DIST_DIR, "saveCellAction", "lib/journal/actions"),
    burstActionId: findActionId(DIST_DIR, "saveCellsAction", "lib/journal/actions"),
    saved: [],
  };
  const scenarios = buildScenarios(ctx);
  for (const name of values.path) {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`--path ${name}: not one of ${Object.keys(scenarios).join(", ")}`);
    await runLoad(ctx.origin, scenario, { clients: 4, seconds: 3 });
    const r = await runLoad(ctx.origin, scenario, { clients: Number(values.clients), seconds: Number(values.seconds) });
    log(`${name}: ${values.clients} clients p50 ${r.p50} p95 ${r.p95} ms, ${r.rps}/s, failures ${r.failures}`);
  }
  await app.stop();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    log(join(dir, f));
    const profile = JSON.parse(readFileSync(join(dir, f), "utf8"));
    console.log(`${summarize(profile, 40)}\n\n${flame(profile)}`);
  }
  await shutdown(0);
} catch (e) {
  console.error(e);
  await shutdown(1);
}
