// The app's one Prisma client. Password hashes are omitted from every query unless a query asks
// for them with `omit: { passwordHash: false }` (only lib/auth does).
import "server-only";
import { createPrismaClient, type TPrismaClient } from "@/lib/database/prisma";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { belemDb?: TPrismaClient };

/** The client is made at its first use, not at import: `next build` loads modules with no database configured. */
function client(): TPrismaClient {
  globalForDb.belemDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.belemDb;
}

export const db: TPrismaClient = new Proxy({} as TPrismaClient, {
  get(_, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export type { TTransaction } from "@/lib/database/prisma";
