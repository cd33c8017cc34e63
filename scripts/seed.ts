// The demo school, by hand.
//   npx tsx scripts/seed.ts                  seed when the database has no school yet
//   npx tsx scripts/seed.ts --force          drop and recreate the database, migrate, seed again
//   npx tsx scripts/seed.ts --today=2027-03-01 --seed=7   another day (and other random choices)
//   npx tsx scripts/seed.ts --today=2026-11-25T10:00       a moment of a school day (Kazan time)
// The database is DATABASE_URL, or the embedded PostgreSQL under .data/. --force drops only a
// database on this machine unless --allow-remote is given.
import "dotenv/config";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/database/connection";
import { recreateDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { createPrismaClient } from "../lib/database/prisma";
import { DEFAULT_SEED, DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoSchoolIfEmpty } from "../seed";

const { values } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    "allow-remote": { type: "boolean", default: false },
    today: { type: "string" },
    seed: { type: "string" },
  },
});

// Migrations and the embedded database's data directory are found from the project root.
process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));

// Kazan wall time; a bare day is taken at 18:00, when lessons are over and homework not yet done.
const today = values.today ? new Date(`${values.today}${values.today.includes("T") ? "" : "T18:00"}+03:00`) : undefined;
if (today && Number.isNaN(today.getTime())) fail(`--today: not a date: ${values.today}`);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed: not an integer: ${values.seed}`);

const handle = await openDatabase();
try {
  if (values.force) {
    const host = new URL(handle.url).hostname;
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && !values["allow-remote"]) {
      throw new Error(`--force drops the database at ${host}; add --allow-remote if that is really meant`);
    }
    // TRUNCATE cannot empty the audit log (its trigger refuses), so the database goes as a whole.
    await recreateDatabase(handle.url);
    console.log("[seed] database dropped and recreated");
  }
  const { applied } = await migrate(handle.url);
  if (applied.length) console.log(`[seed] migrations applied: ${applied.join(", ")}`);

  const db = createPrismaClient(handle.url, 4);
  try {
    const started = performance.now();
    const result = await seedDemoSchoolIfEmpty(db, { today, seed });
    if (!result) {
      console.log("[seed] already seeded: the database has a school (use --force to start over)");
    } else {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`[seed] demo school #${result.schoolId} created in ${seconds} s (seed ${seed})`);
      console.table(result.counts);
    }
    console.log(`\nDemo logins (password «${DEMO_PASSWORD}»):`);
    console.table(DEMO_ACCOUNTS.map((a) => ({ login: a.login, role: a.roleRu, name: a.nameRu })));
    const others = (
      await db.user.findMany({
        where: { roles: { some: { role: "TEACHER" } }, login: { notIn: DEMO_ACCOUNTS.map((a) => a.login) } },
        select: { login: true },
        orderBy: { login: "asc" },
      })
    ).map((u) => u.login);
    console.log(`Other teachers: ${others.join(", ")}`);
    console.log("Pupils log in as s1, s2, …; parents as p1, p2, … (same password).");
  } finally {
    await db.$disconnect();
  }
} finally {
  await handle.stop();
}

function fail(message: string): never {
  console.error(`[seed] ${message}`);
  process.exit(2);
}
