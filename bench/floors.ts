// The database's share of a request: the very statements the app issued for it (captured by
// sql-proxy.ts in the counting pass, with their parameters), replayed back to back through `pg`
// on 1 and on 32 connections. Also what a captured statement list says: how many statements, and
// how many of them touch data (BEGIN and COMMIT are round trips, not reads or writes).
import pg from "pg";
import type { TStatement } from "./sql-proxy";
import { summarizeRun, type TRunSummary } from "./stats";

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE|SET|DEALLOCATE|DISCARD)\b/i;

export const isDataStatement = (s: TStatement) => !CONTROL.test(s.text);

async function replay(client: pg.ClientBase, script: readonly TStatement[]) {
  for (const s of script) {
    if (s.params.length === 0) await client.query(s.text);
    else await client.query({ text: s.text, values: s.params });
  }
}

/** Runs the scripts in turn on `clients` connections for `seconds`; each script's time is one sample. */
export async function runSqlFloor(url: string, scripts: readonly TStatement[][], opts: { clients: number; seconds: number }): Promise<TRunSummary> {
  if (scripts.length === 0) throw new Error("no statements to replay");
  const pool = new pg.Pool({ connectionString: url, max: opts.clients });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: opts.clients }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < deadline) {
            const script = scripts[next++ % scripts.length];
            const t = performance.now();
            try {
              await replay(client, script);
              latencies.push(performance.now() - t);
            } catch {
              errors++;
              await client.query("ROLLBACK").catch(() => {});
            }
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return summarizeRun({ latenciesMs: latencies, clients: opts.clients, seconds: (performance.now() - started) / 1000, errors, non2xx: 0 });
}

/** EXPLAIN (ANALYZE, BUFFERS) of a read, inside a transaction that is rolled back. */
export async function explain(url: string, s: TStatement): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const isRead = /^\s*(SELECT|WITH)\b/i.test(s.text);
    const prefix = isRead ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)" : "EXPLAIN (COSTS OFF)";
    const { rows } = await client.query({ text: `${prefix} ${s.text}`, values: s.params.length ? s.params : undefined });
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
