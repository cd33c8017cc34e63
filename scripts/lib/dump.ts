// Writing a backup. pg_dump (custom format) when a pg_dump at least as new as the server is on
// PATH or in PG_BIN; otherwise Belem's own logical dump (backup-format.ts): one REPEATABLE READ,
// READ ONLY transaction, so every table is read from the same instant while the app keeps
// writing; tables in foreign-key order (a restore can stream them straight in); rows through a
// cursor, a thousand at a time, as PostgreSQL's own text of each column.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createGzip } from "node:zlib";
import pg from "pg";
import { serverVersion } from "../../lib/database/server-version";
import { BACKUP_FORMAT, dependencyOrder, isPgDumpCompatible, lineHasher, quoteIdent, type THeader, type TTableInfo } from "./backup-format";

const BATCH = 1000;

export type TBackupSummary = { file: string; method: "pg_dump" | "logical"; rows: Record<string, number> };

/** A pg_dump that can read this server, or null. */
export function compatiblePgDump(serverVersionNum: number): string | null {
  const candidates = [process.env.PG_BIN ? join(process.env.PG_BIN, "pg_dump") : null, "pg_dump"].filter(Boolean) as string[];
  for (const bin of candidates) {
    try {
      const version = execFileSync(bin, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      if (isPgDumpCompatible(version, serverVersionNum)) return bin;
    } catch {}
  }
  return null;
}

export async function foreignKeys(client: pg.ClientBase) {
  const { rows } = await client.query<{ from: string; to: string }>(`
    SELECT cl.relname AS "from", rf.relname AS "to" FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class rf ON rf.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`);
  return rows;
}

/** The app's tables (not Prisma's migration log) with their columns, referenced tables first. */
export async function listTables(client: pg.ClientBase): Promise<TTableInfo[]> {
  const { rows } = await client.query<{ table: string; column: string; type: string }>(`
    SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS type
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
    ORDER BY c.table_name, c.ordinal_position`);
  const tables = new Map<string, TTableInfo>();
  for (const r of rows) {
    if (!tables.has(r.table)) tables.set(r.table, { name: r.table, columns: [] });
    tables.get(r.table)?.columns.push({ name: r.column, type: r.type });
  }
  const order = dependencyOrder([...tables.keys()], await foreignKeys(client));
  return order.map((name) => tables.get(name) as TTableInfo);
}

async function logicalDump(client: pg.Client, file: string): Promise<Record<string, number>> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const hasher = lineHasher();
  const write = async (value: unknown) => {
    const line = JSON.stringify(value);
    hasher.add(line);
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  const rows: Record<string, number> = {};
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await listTables(client);
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    const header: THeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: (await serverVersion(client)).text,
      migrations,
      tables,
    };
    await write(header);
    for (const table of tables) {
      await write({ table: table.name });
      const columns = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(", ");
      await client.query(`DECLARE belem_dump NO SCROLL CURSOR FOR SELECT ${columns} FROM ${quoteIdent(table.name)}`);
      rows[table.name] = 0;
      for (;;) {
        const batch = await client.query({ text: `FETCH ${BATCH} FROM belem_dump`, rowMode: "array" });
        for (const row of batch.rows) await write(row);
        rows[table.name] += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query("CLOSE belem_dump");
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    gzip.destroy();
    throw error;
  }
  const trailer = { end: true, rows, sha256: hasher.digest() };
  gzip.end(`${JSON.stringify(trailer)}\n`);
  await once(out, "finish");
  return rows;
}

export async function backupDatabase(url: string, file: string, opts: { forceLogical?: boolean } = {}): Promise<TBackupSummary> {
  await mkdir(dirname(file), { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pgDump = opts.forceLogical ? null : compatiblePgDump((await serverVersion(client)).num);
    if (pgDump) {
      execFileSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, url], { stdio: ["ignore", "inherit", "inherit"] });
      const counts = await client.query<{ name: string; n: number }>(
        (await listTables(client)).map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM ${quoteIdent(t.name)}`).join(" UNION ALL "),
      );
      return { file, method: "pg_dump", rows: Object.fromEntries(counts.rows.map((r) => [r.name, r.n])) };
    }
    return { file, method: "logical", rows: await logicalDump(client, file) };
  } finally {
    await client.end();
  }
}
