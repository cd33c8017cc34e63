// Restoring a backup into an empty database. A pg_dump file goes to pg_restore; Belem's own
// format is read twice: first to check it whole (header, every line, row counts, sha256) before
// anything is dropped, then to load it — the database recreated, migrated to the backup's
// migrations, every row streamed in, in one transaction, in the dump's foreign-key order, with user triggers (the
// audit log's append-only guard) disabled only meanwhile, sequences moved past the highest id,
// and the migrations the code has beyond the backup applied last.
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { cp, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { recreateDatabase, withDatabase } from "../../lib/database/embedded";
import { listMigrations, migrate } from "../../lib/database/migrate";
import { restoreRightsProblem } from "../../lib/database/rights";
import { BACKUP_FORMAT, lineHasher, quoteIdent, type THeader, type TRow, type TTrailer } from "./backup-format";

const INSERT_BATCH = 500;

async function* lines(file: string): AsyncGenerator<string> {
  const reader = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of reader) if (line) yield line;
}

async function isPgDumpFile(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return buffer.toString("latin1") === "PGDMP";
  } finally {
    await handle.close();
  }
}

/** Reads the whole file and checks it; throws before the database is touched if anything is off. */
export async function verifyBackup(file: string): Promise<{ header: THeader; trailer: TTrailer }> {
  const hasher = lineHasher();
  let header: THeader | undefined;
  let trailer: TTrailer | undefined;
  let table: string | undefined;
  const counted: Record<string, number> = {};
  for await (const line of lines(file)) {
    if (trailer) throw new Error("The backup goes on after its end marker.");
    const value = JSON.parse(line);
    if (!header) {
      if (value?.format !== BACKUP_FORMAT) throw new Error(`Not a Belem backup (${String(value?.format)}).`);
      header = value as THeader;
    } else if (value?.end === true) {
      trailer = value as TTrailer;
      continue;
    } else if (!Array.isArray(value)) {
      table = value.table;
      counted[value.table] = 0;
    } else if (table) {
      counted[table] += 1;
    }
    hasher.add(line);
  }
  if (!header || !trailer) throw new Error("The backup is cut short: no end marker.");
  if (hasher.digest() !== trailer.sha256) throw new Error("The backup is damaged: its checksum does not match.");
  for (const t of header.tables) if ((counted[t.name] ?? 0) !== trailer.rows[t.name]) throw new Error(`The backup is damaged: table ${t.name}.`);
  const known = new Set(listMigrations().map((m) => m.name));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`The backup comes from a newer Belem (migrations ${unknown.join(", ")}): update the code first.`);
  return { header, trailer };
}

/** Migrates to exactly the backup's migrations (a folder with copies of them). */
async function migrateTo(url: string, names: string[]) {
  const dir = await mkdtemp(join(tmpdir(), "belem-migrations-"));
  try {
    for (const name of names) await cp(resolve("prisma/migrations", name), join(dir, name), { recursive: true });
    await migrate(url, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function insertBatch(client: pg.Client, table: THeader["tables"][number], rows: TRow[]) {
  const width = table.columns.length;
  const values = rows.map((_, i) => `(${table.columns.map((_, j) => `$${i * width + j + 1}`).join(", ")})`).join(", ");
  const columns = table.columns.map((c) => quoteIdent(c.name)).join(", ");
  await client.query(`INSERT INTO ${quoteIdent(table.name)} (${columns}) VALUES ${values}`, rows.flat());
}

/** Streams the rows in, a batch at a time; the dump wrote tables in foreign-key order. */
async function loadRows(client: pg.Client, file: string, header: THeader) {
  const tables = new Map(header.tables.map((t) => [t.name, t]));
  let table: THeader["tables"][number] | undefined;
  let pending: TRow[] = [];
  let batch = INSERT_BATCH;
  const flush = async () => {
    if (table && pending.length) await insertBatch(client, table, pending);
    pending = [];
  };
  let first = true;
  for await (const line of lines(file)) {
    if (first) {
      first = false;
      continue;
    }
    const value = JSON.parse(line);
    if (Array.isArray(value)) {
      pending.push(value as TRow);
      if (pending.length >= batch) await flush();
    } else if (value.table) {
      await flush();
      table = tables.get(value.table);
      // PostgreSQL takes at most 65535 parameters a statement.
      batch = Math.max(1, Math.min(INSERT_BATCH, Math.floor(60_000 / (table?.columns.length ?? 1))));
    }
  }
  await flush();
}

async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string }>(`
    SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`);
  for (const r of rows) {
    const t = quoteIdent(r.table);
    const col = quoteIdent(r.column);
    await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${col}), 1), max(${col}) IS NOT NULL) FROM ${t}`, [t, r.column]);
  }
}

export async function restoreDatabase(url: string, file: string): Promise<{ method: "pg_restore" | "logical"; rows: Record<string, number> }> {
  if (await isPgDumpFile(file)) {
    await recreateDatabase(url);
    execFileSync(process.env.PG_BIN ? join(process.env.PG_BIN, "pg_restore") : "pg_restore", ["--no-owner", "--no-privileges", "--dbname", url, file], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    return { method: "pg_restore", rows: {} };
  }
  const { header, trailer } = await verifyBackup(file);
  await recreateDatabase(url);
  await migrateTo(url, header.migrations);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const tables = header.tables.map((t) => quoteIdent(t.name));
    for (const t of tables) await client.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    await loadRows(client, file, header);
    for (const t of tables) await client.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await migrate(url);
  return { method: "logical", rows: trailer.rows };
}

/**
 * Restores beside the live database and swaps the two only once the restore has succeeded, so a
 * refused or failing restore leaves the live database as it was. The replaced one is kept under
 * `<name>_before_<time>` until someone drops it.
 */
export async function replaceDatabase(url: string, file: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const staging = `${name}_restoring`;
  const problem = await restoreRightsProblem(url);
  if (problem) throw new Error(problem);
  const result = await restoreDatabase(withDatabase(url, staging), file);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const previous = `${name}_before_${stamp}`;
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ($1, $2) AND pid <> pg_backend_pid()", [name, staging]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) await admin.query(`ALTER DATABASE ${quoteIdent(name)} RENAME TO ${quoteIdent(previous)}`);
    await admin.query(`ALTER DATABASE ${quoteIdent(staging)} RENAME TO ${quoteIdent(name)}`);
    return { ...result, previous: rowCount ? previous : null };
  } finally {
    await admin.end();
  }
}
