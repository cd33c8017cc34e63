// The database a maintenance command (backup, restore, admin:create) works on: DATABASE_URL when set; else the
// embedded PostgreSQL — joined where `npm start` is already running it (starting it again would
// stop the app's server), started for the command's duration otherwise.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabase, type TDatabaseHandle } from "../../lib/database/connection";

// The embedded server's fixed local credentials (lib/database/embedded.ts).
const EMBEDDED_USER = "belem";
const EMBEDDED_PASSWORD = "belem-local";

function runningEmbeddedUrl(name = "postgres"): string | null {
  const pidFile = resolve(".data", name, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${Number(port)}/belem`;
}

export async function maintenanceDatabase(): Promise<TDatabaseHandle> {
  if (process.env.DATABASE_URL) return openDatabase();
  const running = runningEmbeddedUrl();
  if (running) return { url: running, isEmbedded: true, stop: async () => {} };
  return openDatabase({ quiet: true });
}
