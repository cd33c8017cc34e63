// `npm test`: every tier against the real things, and nothing left running afterwards.
//   1. a PostgreSQL for tests (embedded, .data/test-postgres, or TEST_DATABASE_URL);
//   2. Vitest: unit tests, then integration tests (one fresh database per file);
//   3. a production build (next build) served by next start on a seeded database, and Playwright
//      in Chromium against it.
// Flags: --unit, --integration, --e2e run one tier; extra arguments go to that tier's runner.
import { parseArgs } from "node:util";
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { seedIfEmpty } from "../lib/seed";
import { onShutdown, run, shutdown, startChild, waitForHttp } from "./lib/process";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { unit: { type: "boolean" }, integration: { type: "boolean" }, e2e: { type: "boolean" }, "skip-build": { type: "boolean" } },
});
const all = !values.unit && !values.integration && !values.e2e;
const E2E_PORT = process.env.E2E_PORT ?? "3100";

let adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  const pgServer = await startEmbeddedPostgres({
    name: process.env.BELEM_TEST_PG_NAME ?? "test-postgres",
    port: Number(process.env.BELEM_TEST_PG_PORT ?? 54330),
    quiet: true,
  });
  onShutdown(() => pgServer.stop());
  adminUrl = pgServer.url;
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TEST_DATABASE_URL: adminUrl, NEXTAUTH_SECRET: "test-secret-not-for-production-0123456789" };
const failures: string[] = [];

if (all || values.unit) {
  if ((await run("node_modules/.bin/vitest", ["run", "--project", "unit", ...positionals], { env })) !== 0) failures.push("unit");
}
if (all || values.integration) {
  if ((await run("node_modules/.bin/vitest", ["run", "--project", "integration", ...positionals], { env })) !== 0) failures.push("integration");
}
if (all || values.e2e) {
  const e2eUrl = withDatabase(adminUrl, "belem_e2e");
  await recreateDatabase(e2eUrl);
  await migrate(e2eUrl);
  await seedIfEmpty(e2eUrl);
  const appEnv = { ...env, DATABASE_URL: e2eUrl, E2E_DATABASE_URL: e2eUrl, NEXTAUTH_URL: `http://localhost:${E2E_PORT}`, PORT: E2E_PORT };
  if (!values["skip-build"] && (await run("node_modules/.bin/next", ["build"], { env: { ...appEnv, NODE_ENV: "production" } })) !== 0) {
    failures.push("build");
  } else {
    startChild("node_modules/.bin/next", ["start", "-p", E2E_PORT], { env: appEnv, stdio: ["ignore", "ignore", "inherit"] });
    await waitForHttp(`http://localhost:${E2E_PORT}/login`);
    const code = await run("node_modules/.bin/playwright", ["test", ...(values.e2e ? positionals : [])], {
      env: { ...appEnv, BASE_URL: `http://localhost:${E2E_PORT}` },
    });
    if (code !== 0) failures.push("e2e");
  }
}

console.log(failures.length ? `\n[test] failed: ${failures.join(", ")}` : "\n[test] all tiers passed");
await shutdown(failures.length ? 1 : 0);
