// The diary week with its reads on a hot standby: a standby of the benchmark cluster made the
// way the tests make one (test/support/hot-standby.ts), an app process with DATABASE_REPLICA_URL
// naming it, the diary at 1 and 32 clients. The transactions each server committed for the
// benchmark database during the load say where the reads went (a standby counts its own).
import pg from "pg";
import { freePort, startHotStandby } from "../test/support/hot-standby";
import { startApp } from "./app";
import { runLoad, type TLoadResult, type TScenario, warmUp } from "./load";
import { origin, PORTS } from "./measure";

export type TReplicaRun = {
  c1: TLoadResult;
  c32: TLoadResult;
  /** Transactions committed in the benchmark database during the 1- and 32-client runs. */
  transactions: { standby: number; primary: number };
  maxLagMs: number;
};

async function commits(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await c.query<{ n: string }>("SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

/** `adminUrl`: a superuser's URL of the benchmark cluster; `url`: the benchmark database. */
export async function measureReplica(opts: { adminUrl: string; url: string; diary: TScenario; seconds: number }): Promise<TReplicaRun> {
  const standby = await startHotStandby(opts.adminUrl, { port: await freePort() });
  try {
    const replicaUrl = new URL(opts.url);
    replicaUrl.port = String(standby.port);
    const maxLagMs = 2_000;
    const app = await startApp({
      port: PORTS.one,
      databaseUrl: opts.url,
      publicUrl: origin(PORTS.one),
      env: { DATABASE_REPLICA_URL: replicaUrl.toString(), DATABASE_REPLICA_MAX_LAG_MS: String(maxLagMs) },
    });
    try {
      await warmUp(origin(PORTS.one), opts.diary, 10);
      await runLoad(origin(PORTS.one), opts.diary, { clients: 4, seconds: 3 });
      // Statistics are flushed within a second or so: read them after a pause on both sides.
      const settle = () => new Promise((r) => setTimeout(r, 1_500));
      await settle();
      const before = { standby: await commits(replicaUrl.toString()), primary: await commits(opts.url) };
      const c1 = await runLoad(origin(PORTS.one), opts.diary, { clients: 1, seconds: opts.seconds });
      const c32 = await runLoad(origin(PORTS.one), opts.diary, { clients: 32, seconds: opts.seconds });
      await settle();
      const after = { standby: await commits(replicaUrl.toString()), primary: await commits(opts.url) };
      return { c1, c32, transactions: { standby: after.standby - before.standby, primary: after.primary - before.primary }, maxLagMs };
    } finally {
      await app.stop();
    }
  } finally {
    await standby.remove();
  }
}
