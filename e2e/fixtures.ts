// A school of its own for an end-to-end test: unique names, people who sign in with the demo
// password, lessons on the dates the test names. Written straight to the e2e database.
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/database/prisma";
import { addDays, type TIsoDate } from "../lib/i18n/dates";
import { createTestSchool } from "../test/support/factories";
import { DEMO_PASSWORD } from "./helpers";

let hash: Promise<string> | undefined;

/** A year of four quarters around `today` (an ISO date), the second holding it, as most specs want. */
export function termsAround(today: TIsoDate) {
  return {
    yearStart: addDays(today, -80),
    termStarts: [addDays(today, -80), addDays(today, -30), addDays(today, 40), addDays(today, 100)],
    termEnds: [addDays(today, -31), addDays(today, 39), addDays(today, 99), addDays(today, 160)],
  };
}

export async function createE2ESchool(opts: Parameters<typeof createTestSchool>[1] = {}) {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL as string, 2);
  try {
    hash ??= hashPassword(DEMO_PASSWORD);
    return await createTestSchool(db, { ...opts, passwordHash: await hash });
  } finally {
    await db.$disconnect();
  }
}

/** Runs a function with a Prisma client on the e2e database, for set-up and checks. */
export async function withE2EDb<T>(fn: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL as string, 2);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}
