// The seed's entry points for the app's start script and the CLI (scripts/seed.ts).
import { createPrismaClient } from "../lib/database/prisma";
import { seedDemoSchoolIfEmpty, type TSeedOptions } from "./demo";

export type { TSeedOptions, TSeedResult } from "./demo";
export { DEFAULT_SEED, DEMO_ACCOUNTS, DEMO_LOGINS, DEMO_PASSWORD, seedDemoSchool, seedDemoSchoolIfEmpty } from "./demo";

/** Seeds the demo school into a migrated database that has no school yet; true when it did. */
export async function seedIfEmpty(url: string, opts: TSeedOptions = {}): Promise<boolean> {
  const db = createPrismaClient(url, 4);
  try {
    return (await seedDemoSchoolIfEmpty(db, opts)) !== null;
  } finally {
    await db.$disconnect();
  }
}
