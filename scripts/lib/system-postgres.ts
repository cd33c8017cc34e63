// Before the integration tier: the machine's own PostgreSQL (server and pg_dump of one major
// version) must be there, because the installation test runs against it, not against the embedded
// server from npm (which ships no pg_dump). Installed with apt-get when missing and we are root.
import { systemPostgresBin } from "../../test/support/system-postgres";
import { run } from "./process";

/** Resolves with null when the system PostgreSQL is (now) installed, else with the reason it is not. */
export async function ensureSystemPostgres(): Promise<string | null> {
  if (systemPostgresBin()) return null;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) return "Debian's PostgreSQL is not installed and this is not root: run `apt-get install -y postgresql` once.";
  console.log("[test] installing Debian's PostgreSQL for the installation test: apt-get install -y postgresql");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const code = await run("apt-get", ["install", "-y", "-q", "postgresql"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (code !== 0 || !systemPostgresBin()) return "apt-get install -y postgresql failed: the installation test needs Debian's PostgreSQL.";
  return null;
}
