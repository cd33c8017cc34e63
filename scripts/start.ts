// `npm start`: the database (DATABASE_URL, or the embedded PostgreSQL under .data/), migrations,
// the demo school on an empty database, a production build if there is none or the source changed
// since it was made (after a `git pull`), then `next start`.
// `npm run dev` does the same with `next dev`. Ctrl-C stops everything it started.
import "dotenv/config";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/database/connection";
import { migrate } from "../lib/database/migrate";
import { seedIfEmpty } from "../lib/seed";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { onShutdown, run, shutdown, startChild } from "./lib/process";
import { localSecret } from "./lib/secret";
import { localVapid } from "./lib/vapid";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "no-seed": { type: "boolean", default: false },
  },
});

const db = await openDatabase();
onShutdown(() => db.stop());
const result = await migrate(db.url);
console.log(`[belem] database ${db.isEmbedded ? "embedded (.data/postgres)" : "from DATABASE_URL"}; migrations applied: ${result.applied.length}`);
if (!values["no-seed"] && (await seedIfEmpty(db.url))) console.log("[belem] demo school created (see README › Demo logins)");

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: localSecret(),
  ...localVapid(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${values.port}`,
  PORT: values.port,
};
const next = "node_modules/.bin/next";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const fingerprint = values.dev ? "" : sourceFingerprint(process.cwd());
if (!values.dev && !isBuildCurrent(process.cwd(), distDir, fingerprint)) {
  console.log(
    existsSync(`${distDir}/BUILD_ID`)
      ? "[belem] the source changed since the last build: running next build (a few minutes)"
      : "[belem] no production build yet: running next build (a few minutes, once)",
  );
  const code = await run(next, ["build"], { env: { ...env, NODE_ENV: "production" } });
  if (code !== 0) await shutdown(code);
  recordBuild(process.cwd(), distDir, fingerprint);
}
const server = startChild(next, [values.dev ? "dev" : "start", "-p", values.port], { env });
console.log(`[belem] http://localhost:${values.port}`);
server.on("exit", (code) => void shutdown(code ?? 0));
