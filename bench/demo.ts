// The demo school (seed/: what `npm start` loads, 108 pupils, 149 parents, 14 teachers) as a
// benchmark database of its own in the bench cluster, belem_bench_demo. It is dropped and seeded
// anew on every demo run: the saves of the last run do not pile up, and the data is "as of" today
// like a fresh `npm start` (or as of --today, for figures that do not move with the calendar).
import { recreateDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { createPrismaClient } from "../lib/database/prisma";
import { seedDemoSchool } from "../seed";

export const DEMO_DATABASE = "belem_bench_demo";

/** A Kazan school day (YYYY-MM-DD) at 18:00, when lessons are over, as scripts/seed.ts takes `--today`. */
export const demoMoment = (day: string) => new Date(`${day}T18:00+03:00`);

/** Drops and recreates the database of `url` (in the bench cluster: DEMO_DATABASE), migrates it and seeds the demo school. */
export async function prepareDemoDatabase(url: string, today: Date): Promise<{ counts: Record<string, number> }> {
  await recreateDatabase(url);
  await migrate(url);
  const db = createPrismaClient(url, 4);
  try {
    return { counts: (await seedDemoSchool(db, { today })).counts };
  } finally {
    await db.$disconnect();
  }
}
