// `npm start`: the database (DATABASE_URL, or the embedded PostgreSQL under .data/), migrations,
// the demo school on an empty database, a production build if there is none or the source changed
// since it was made (after a `git pull`), then the build's standalone server (next.config.js).
// `npm run dev` does the same with `next dev`. Ctrl-C stops everything it started.
// since it was made (after a `git pull`), then the production server (scripts/serve.mjs, Next's
// handler). `npm run dev` does the same with Next's development server. Ctrl-C stops everything it started.
import "dotenv/config";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/database/connection";
import { migrate } from "../lib/database/migrate";
import { hasAnyone, restoreRightsProblem } from "../lib/database/rights";
import { seedIfEmpty } from "../seed";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { onShutdown, run, shutdown, startChild } from "./lib/process";
import { localSecret } from "./lib/secret";
import { prepareStandalone } from "./lib/standalone";
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
if (!db.isEmbedded) {
  const problem = await restoreRightsProblem(db.url);
  if (problem) console.warn(`[belem] warning: db:restore will refuse to run: ${problem}`);
}
if (!(await hasAnyone(db.url))) {
  console.log('[belem] nobody can sign in yet: create the first administrator with npm run admin:create -- --region "Республика Татарстан" --login LOGIN');
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: localSecret(),
  ...localVapid(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${values.port}`,
  PORT: values.port,
  // The standalone server runs in its own folder: relative paths are made absolute here.
  UPLOAD_DIR: resolve(process.env.UPLOAD_DIR ?? ".data/uploads"),
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
  // The service worker, built once beside the build (serwist.config.js), served as a static file.
  const sw = await run("npm", ["run", "-s", "build:sw"], { env: { ...env, NODE_ENV: "production" } });
  if (sw !== 0) await shutdown(sw);
  recordBuild(process.cwd(), distDir, fingerprint);
}
// Belem's own server (scripts/serve.mjs) around Next's: the standalone server of the build, with
// the address that really connected recorded (TRUSTED_PROXIES says how many proxies in front may
// speak for the client; decision 011).
const server = values.dev
  ? startChild(process.execPath, ["scripts/serve.mjs", "--dev", "--port", values.port], { env })
  : startChild(process.execPath, ["scripts/serve.mjs", "--standalone", prepareStandalone(distDir), "--port", values.port, "--hostname", "0.0.0.0"], { env });
console.log(`[belem] http://localhost:${values.port}`);
server.on("exit", (code) => void shutdown(code ?? 0));
