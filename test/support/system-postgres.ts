// For tests only: a throwaway server of the machine's own PostgreSQL (Debian's packages under
// /usr/lib/postgresql/<major>/bin), the kind an operator runs, with the client tools (pg_dump,
// pg_restore) of the same major version. Data in a temporary folder, port from the caller or a
// free one, 127.0.0.1 only; as root the server runs as the `postgres` system user (PostgreSQL
// refuses to run as root), as embedded.ts does.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type TSystemPostgres = { binDir: string; major: number; port: number; superuserUrl: string; stop: () => Promise<void> };

const ROOT = "/usr/lib/postgresql";

/** The newest installed major version with a server and pg_dump, or null. */
export function systemPostgresBin(): { binDir: string; major: number } | null {
  if (!existsSync(ROOT)) return null;
  const majors = readdirSync(ROOT)
    .map(Number)
    .filter((m) => Number.isInteger(m) && ["initdb", "pg_ctl", "pg_dump", "pg_restore"].every((b) => existsSync(join(ROOT, String(m), "bin", b))))
    .sort((a, b) => b - a);
  return majors.length ? { binDir: join(ROOT, String(majors[0]), "bin"), major: majors[0] } : null;
}

/** A free port on 127.0.0.1 from the system (listen on 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function asServerUser(bin: string, args: string[]) {
  if (isRoot()) execFileSync("runuser", ["-u", "postgres", "--", bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  else execFileSync(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
}

export async function startSystemPostgres(opts: { port?: number } = {}): Promise<TSystemPostgres> {
  const found = systemPostgresBin();
  if (!found) throw new Error(`No PostgreSQL server under ${ROOT}: install Debian's (apt-get install -y postgresql).`);
  const port = opts.port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), "belem-system-pg-"));
  const dataDir = join(dir, "data");
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  asServerUser(join(found.binDir, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  // A test server: durability is not what it is for (fsync off), the socket in its own folder.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  asServerUser(join(found.binDir, "pg_ctl"), ["start", "-D", dataDir, "-w", "-l", join(dir, "server.log"), "-o", options]);
  return {
    ...found,
    port,
    superuserUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        asServerUser(join(found.binDir, "pg_ctl"), ["stop", "-D", dataDir, "-m", "immediate", "-w"]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
