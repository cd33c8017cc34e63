// A benchmark district: `npm run seed:bench -- --pupils 50000 [--seed 1] [--until 2027-03-19]`.
// Builds the database belem_bench_<pupils> from scratch (dropped if it exists, migrated, filled)
// on BENCH_DATABASE_URL or the embedded PostgreSQL under .data/bench-postgres. --until is the day
// the district is "as of": lessons, marks and absences up to it, quarters before it locked with
// their term marks; by default the end of the current year's third quarter, so that 50,000 pupils
// give the ten million marks. Everyone signs in with the password «belem-bench».
import "dotenv/config";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { recreateDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { benchDatabaseUrl, openBenchCluster } from "../seed/bench/database";
import { BENCH_PASSWORD, DEFAULT_BENCH_SEED, defaultUntil, generateDistrict, parseDay } from "../seed/bench/generate";
import { moscowDay } from "../seed/calendar";

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));

const { values } = parseArgs({
  options: { pupils: { type: "string", default: "50000" }, seed: { type: "string" }, until: { type: "string" } },
});
const pupils = Number(values.pupils);
const seed = values.seed === undefined ? DEFAULT_BENCH_SEED : Number(values.seed);
const until = values.until ?? defaultUntil(moscowDay(new Date()));
if (!Number.isInteger(pupils) || pupils < 20) fail(`--pupils: a whole number of at least 20, not ${values.pupils}`);
if (!Number.isInteger(seed)) fail(`--seed: not an integer: ${values.seed}`);
try {
  parseDay(until);
} catch (e) {
  fail(`--until: ${(e as Error).message}`);
}

const cluster = await openBenchCluster();
try {
  const url = benchDatabaseUrl(cluster, pupils);
  await recreateDatabase(url);
  await migrate(url);
  console.log(`[seed:bench] ${pupils} pupils, seed ${seed}, as of ${until} → ${new URL(url).pathname.slice(1)}`);
  const report = await generateDistrict(url, { pupils, seed, until }, (line) => console.log(`[seed:bench]   ${line}`));
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");
  console.log(
    `[seed:bench] done in ${report.seconds.toFixed(1)} s over ${report.schoolDays} school days (load average now ${load} on ${os.cpus().length} cores)`,
  );
  console.table(report.counts);
  console.log(
    `Logins: bench-s<id> (pupils), bench-p<id> (parents), bench-t<id> (teachers), bench-a<school> (school admins), bench-region; password «${BENCH_PASSWORD}».`,
  );
} finally {
  await cluster.stop();
}

function fail(message: string): never {
  console.error(`[seed:bench] ${message}`);
  process.exit(2);
}
