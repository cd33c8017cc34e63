// `prisma generate` without the schema-engine download: generation does not use the engine, but
// the CLI looks for one at start-up. Pointing it at a no-op is safe for `generate` (never for
// migrate: see docs/decisions/002-migrations-without-schema-engine.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const noop = process.platform === "win32" ? undefined : existsSync("/bin/true") ? "/bin/true" : "/usr/bin/true";
const env = { ...process.env };
if (noop && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = noop;
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
