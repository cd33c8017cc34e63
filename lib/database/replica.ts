// Reads that may be served by a streaming replica (a hot standby), and the rules that send them
// back to the primary. Only the read paths that carry the evening peak ask for the replica (the
// diary, the marks page, reports and summaries, through replicaRead() in lib/db.ts); everything
// else, every write and every authorization check reads the primary.
//
// The replica is used only while a cheap check, repeated at most once per CHECK_EVERY_MS in the
// background (no request waits for it), finds it in recovery, streaming from the primary and
// replaying within the lag threshold. A replica that
// falls behind, stops or cannot be reached sends reads to the primary; a read that fails on the
// replica (a connection lost between two checks, a query cancelled by recovery) is read again from
// the primary at once, so a reader never sees the replica's failure.
//
// Not "server-only": the pupil cache (also loaded by scripts) asks for primary reads through onPrimary().
import { AsyncLocalStorage } from "node:async_hooks";

export const CHECK_EVERY_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;
/** Checks that have not answered for this long (a hung replica) leave the replica unused. */
const STALE_AFTER_MS = CHECK_EVERY_MS + CHECK_TIMEOUT_MS + 1_000;
export const DEFAULT_MAX_LAG_MS = 2_000;

/** The replay lag beyond which the replica is not read (DATABASE_REPLICA_MAX_LAG_MS, validated by lib/env.ts). */
export function maxLagMs(): number {
  const v = Number(process.env.DATABASE_REPLICA_MAX_LAG_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_LAG_MS;
}

/**
 * How long after a change its readers must read the primary: a replica that passed its last check
 * is at most maxLag behind, and is used on that check for at most STALE_AFTER_MS.
 */
export function primaryWindowMs(): number {
  return maxLagMs() + STALE_AFTER_MS;
}

export type TReplicaHealth = { isUsable: boolean; lagMs: number | null; reason: string; checkedAt: number };

type TQueryable = { $queryRawUnsafe<T>(query: string): Promise<T> };

const where = new AsyncLocalStorage<"primary" | "replica">();

/** Runs `fn` with every read of lib/db.ts on the primary (a write, a read right after a change). */
export function onPrimary<T>(fn: () => T): T {
  return where.run("primary", fn);
}

/** Where a read of lib/db.ts goes now: the replica only inside a replica read that chose it. */
export function currentTarget(): "primary" | "replica" {
  return where.getStore() ?? "primary";
}

const HEALTH_SQL = `SELECT pg_is_in_recovery() AS "inRecovery",
  EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS "isStreaming",
  CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
       ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 1e9)
  END::float8 AS "lagMs"`;

/** The replica's state, judged against the lag threshold. A replica that received no WAL yet counts as behind. */
export async function checkReplica(replica: TQueryable, now = Date.now()): Promise<TReplicaHealth> {
  const threshold = maxLagMs();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    const [row] = await Promise.race([replica.$queryRawUnsafe<{ inRecovery: boolean; isStreaming: boolean; lagMs: number }[]>(HEALTH_SQL), timeout]);
    if (!row?.inRecovery) return { isUsable: false, lagMs: null, reason: "not a standby (promoted, or the primary itself)", checkedAt: now };
    // Without a streaming receiver the standby does not know how far behind it is: its lag reads 0.
    if (!row.isStreaming) return { isUsable: false, lagMs: null, reason: "not streaming from the primary", checkedAt: now };
    const lagMs = Math.round(row.lagMs);
    if (lagMs > threshold) return { isUsable: false, lagMs, reason: `replay lag ${lagMs} ms over ${threshold} ms`, checkedAt: now };
    return { isUsable: true, lagMs, reason: "streaming", checkedAt: now };
  } catch (e) {
    return { isUsable: false, lagMs: null, reason: `unreachable: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, checkedAt: now };
  } finally {
    clearTimeout(timer);
  }
}

export type TReplicaRouter = {
  /** Runs `read` against the replica when it may be used, else (or when it fails there) against the primary. */
  read<T>(read: () => Promise<T>, opts?: { isPrimaryWanted?: boolean }): Promise<T>;
  health(): TReplicaHealth | null;
  /** Checks the replica now; reads use the result at once (also for tests). */
  check(): Promise<TReplicaHealth>;
};

export function createReplicaRouter(replica: () => TQueryable, onFallback?: (reason: string) => void): TReplicaRouter {
  let health: TReplicaHealth | null = null;
  let checking: Promise<TReplicaHealth> | null = null;
  let lastReason = "";

  const note = (h: TReplicaHealth) => {
    // Logged once per change of state, not per request.
    const kind = h.isUsable ? "" : h.reason.replace(/\d+/g, "");
    if (kind && kind !== lastReason) onFallback?.(h.reason);
    lastReason = kind;
  };

  const check = () => {
    checking ??= checkReplica(replica())
      .then((h) => {
        // A read that failed meanwhile has the last word until the next check.
        if (!health || health.checkedAt <= h.checkedAt) health = h;
        note(h);
        return h;
      })
      .finally(() => {
        checking = null;
      });
    return checking;
  };

  /**
   * Never waits for a check: a request uses the last one and starts the next when it is due. No
   * check yet, or checks that stopped answering (a hung replica), mean the primary.
   */
  function isUsable(): boolean {
    const now = Date.now();
    if (!health || now - health.checkedAt >= CHECK_EVERY_MS) void check();
    return health?.isUsable === true && now - health.checkedAt < STALE_AFTER_MS;
  }

  return {
    async read(read, opts) {
      if (where.getStore() === "primary" || opts?.isPrimaryWanted || !isUsable()) return onPrimary(read);
      try {
        return await where.run("replica", read);
      } catch (e) {
        // Reads are safe to repeat. The replica is left alone until the next check.
        health = { isUsable: false, lagMs: null, reason: `a read failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, checkedAt: Date.now() };
        note(health);
        return onPrimary(read);
      }
    },
    health: () => health,
    check,
  };
}
