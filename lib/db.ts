// The app's Prisma clients. `db` is the primary. With DATABASE_REPLICA_URL set, the read paths of
// the evening peak (the diary, the marks page, reports and summaries) run inside replicaRead(),
// where `db` reads a streaming replica while lib/database/replica.ts finds it usable, and the
// primary otherwise, for a person who has just written, and inside every action.
// Password hashes are omitted from every query unless a query asks for them with
// `omit: { passwordHash: false }` (only lib/auth does).
import "server-only";
import { createPrismaClient, type TPrismaClient } from "@/lib/database/prisma";
import { hasRecentWrite } from "@/lib/database/recent-write";
import { createReplicaRouter, currentTarget, type TReplicaRouter } from "@/lib/database/replica";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

const globalForDb = globalThis as unknown as { belemDb?: TPrismaClient; belemReplicaDb?: TPrismaClient; belemReplicaRouter?: TReplicaRouter };

/** The clients are made at their first use, not at import: `next build` loads modules with no database configured. */
function primary(): TPrismaClient {
  globalForDb.belemDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.belemDb;
}

function replica(): TPrismaClient {
  const url = env().DATABASE_REPLICA_URL;
  if (!url) return primary();
  // A stopped replica must fail fast, not hold a reader until a TCP timeout.
  globalForDb.belemReplicaDb ??= createPrismaClient(url, env().DATABASE_POOL_SIZE, { connectionTimeoutMillis: 1_000 });
  return globalForDb.belemReplicaDb;
}

function client(): TPrismaClient {
  return currentTarget() === "replica" ? replica() : primary();
}

export const db: TPrismaClient = new Proxy({} as TPrismaClient, {
  get(_, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

function router(): TReplicaRouter {
  globalForDb.belemReplicaRouter ??= createReplicaRouter(replica, (reason) => log.warn("reads go to the primary", { replica: reason }));
  return globalForDb.belemReplicaRouter;
}

/**
 * Runs a read path whose reads of `db` may go to the replica. Without DATABASE_REPLICA_URL, for a
 * person who has just written, inside an action or a read the pupil cache wants fresh, it is
 * simply `read()` on the primary.
 */
export async function replicaRead<T>(read: () => Promise<T>): Promise<T> {
  if (!env().DATABASE_REPLICA_URL) return read();
  return router().read(read, { isPrimaryWanted: await hasRecentWrite() });
}

/** For tests: the replica's last check, and a check now whose result the next read uses. */
export const replicaForTests = {
  health: () => globalForDb.belemReplicaRouter?.health() ?? null,
  check: () => router().check(),
};

export type { TTransaction } from "@/lib/database/prisma";
