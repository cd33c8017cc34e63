// Readiness for a load balancer or an orchestrator that asks every second: the database answers
// and every migration folder in prisma/migrations is applied. One small connection of its own with
// short timeouts, so a database that is down or hung gives a 503 within 2 s instead of a request
// that waits for the app's pool. The answer carries counts only: no names, no personal data.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";

export type TReadiness = {
  status: "ready" | "unavailable";
  database: "ok" | "unreachable";
  migrations: { expected: number; applied: number; pending: number } | null;
};

/** Within this the answer is given, whatever the database does. */
export const READINESS_DEADLINE_MS = 1200;

const pools = new Map<string, pg.Pool>();
function pool(url: string) {
  let p = pools.get(url);
  if (!p) {
    p = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, idleTimeoutMillis: 30_000, query_timeout: 1000, statement_timeout: 1000 });
    p.on("error", () => {}); // a dropped idle connection is reported by the next check, not thrown
    pools.set(url, p);
  }
  return p;
}

let expectedCache: { dir: string; names: string[] } | undefined;
/** The migration folders shipped with this build; they do not change while the server runs. */
export function expectedMigrations(dir = resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations")): string[] {
  if (expectedCache?.dir === dir) return expectedCache.names;
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
        .map((d) => d.name)
    : [];
  expectedCache = { dir, names };
  return names;
}

async function query(url: string): Promise<string[]> {
  const client = await pool(url).connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    client.release();
    return rows.map((r) => r.migration_name);
  } catch (e) {
    // A connection that timed out mid-query is not given back to the pool.
    client.release(true);
    throw e;
  }
}

export async function checkReadiness(url: string, migrationsDir?: string): Promise<TReadiness> {
  const expected = expectedMigrations(migrationsDir);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("deadline")), READINESS_DEADLINE_MS);
  });
  try {
    const applied = new Set(await Promise.race([query(url), deadline]));
    const pending = expected.filter((name) => !applied.has(name)).length;
    return {
      status: pending === 0 ? "ready" : "unavailable",
      database: "ok",
      migrations: { expected: expected.length, applied: expected.length - pending, pending },
    };
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: null };
  } finally {
    clearTimeout(timer);
  }
}
