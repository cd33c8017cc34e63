// Where benchmark districts live: BENCH_DATABASE_URL when set (any PostgreSQL; its database part
// is replaced per district), else an embedded PostgreSQL of its own under .data/bench-postgres,
// apart from the development database. Each size is its own database, belem_bench_<pupils>, so a
// 5,000-pupil and a 50,000-pupil district sit side by side for the "flat with size" comparison.
import pg from "pg";
import { startEmbeddedPostgres, withDatabase } from "../../lib/database/embedded";

export type TBenchCluster = { adminUrl: string; isEmbedded: boolean; stop: () => Promise<void> };

export const benchDatabaseName = (pupils: number) => `belem_bench_${pupils}`;
export const benchDatabaseUrl = (cluster: TBenchCluster, pupils: number) => withDatabase(cluster.adminUrl, benchDatabaseName(pupils));

export async function openBenchCluster(): Promise<TBenchCluster> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { adminUrl: external, isEmbedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ name: "bench-postgres", port: Number(process.env.BENCH_PG_PORT ?? 54358), quiet: true });
  // A bulk load writes gigabytes of WAL: fewer forced checkpoints on this cluster, which is ours.
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query("ALTER SYSTEM SET max_wal_size = '8GB'");
  await client.query("ALTER SYSTEM SET checkpoint_timeout = '30min'");
  await client.query("SELECT pg_reload_conf()");
  await client.end();
  return { adminUrl: server.url, isEmbedded: true, stop: server.stop };
}

/** Whether a district of this size has been generated (the database exists and has schools). */
export async function hasDistrict(cluster: TBenchCluster, pupils: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDatabase(cluster.adminUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [benchDatabaseName(pupils)]);
    if (!rowCount) return false;
  } finally {
    await client.end();
  }
  const db = new pg.Client({ connectionString: benchDatabaseUrl(cluster, pupils) });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'School') AND EXISTS (SELECT 1 FROM "School") AS ok`,
    );
    return Boolean(rows[0]?.ok);
  } catch {
    return false;
  } finally {
    await db.end();
  }
}
