// `prisma generate` without the schema-engine download: generation does not use the engine, but
// the CLI looks for one at start-up. Pointing it at a no-op is safe for `generate` (never for
// migrate: see docs/decisions/002-migrations-without-schema-engine.md).
// With --if-changed (how `npm start`, `npm run dev` and `npm test` call it) it does nothing when the
// client in lib/generated was made from the schema as it is now: after a `git pull` that changed
// the schema, the client is brought up to date without a new `npm install`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const STAMP = "lib/generated/prisma/.schema.sha256";
const prismaVersion = JSON.parse(readFileSync("node_modules/prisma/package.json", "utf8")).version;
const fingerprint = createHash("sha256").update(prismaVersion).update("\0").update(readFileSync("prisma/schema.prisma")).digest("hex");
if (process.argv.includes("--if-changed") && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === fingerprint) process.exit(0);

const noop = process.platform === "win32" ? undefined : existsSync("/bin/true") ? "/bin/true" : "/usr/bin/true";
const env = { ...process.env };
if (noop && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = noop;
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
if (r.status === 0) writeFileSync(STAMP, `${fingerprint}\n`);
process.exit(r.status ?? 1);
