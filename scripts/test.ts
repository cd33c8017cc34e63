// `npm test`: every tier against the real things, and nothing left running afterwards.
//   1. a PostgreSQL for tests (embedded, .data/test-postgres, or TEST_DATABASE_URL);
//   2. Vitest: unit tests, then integration tests (one fresh database per file; the installation
//      test also needs the machine's own PostgreSQL, installed with apt-get when missing);
//   3. a Chromium for Playwright (found, or installed: scripts/lib/browser.ts), a production build
//      (next build) whose standalone server runs on a seeded database, and Playwright in Chromium
//      against it.
// Flags: --unit, --integration, --e2e run one tier; extra arguments go to that tier's runner.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { seedIfEmpty } from "../seed";
import { bigIdSequenceSql } from "../test/support/big-ids";
import { startTestOidcProvider } from "../test/support/oidc-provider";
import { findOrInstallBrowser } from "./lib/browser";
import { onShutdown, run, shutdown, startChild, waitForHttp } from "./lib/process";
import { prepareStandalone } from "./lib/standalone";
import { ensureSystemPostgres } from "./lib/system-postgres";
import { localVapid } from "./lib/vapid";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: "boolean" },
    integration: { type: "boolean" },
    e2e: { type: "boolean" },
    "skip-build": { type: "boolean" },
    // Only the end-to-end tests whose title matches (Playwright's --grep), e.g. one role's axe walk.
    grep: { type: "string", short: "g" },
  },
});
const all = !values.unit && !values.integration && !values.e2e;
const E2E_PORT = process.env.E2E_PORT ?? "3100";

// The browser before anything else: a machine that cannot get one stops here, in one sentence,
// before minutes of tests and a build.
let chromiumPath: string | undefined;
if (all || values.e2e) {
  chromiumPath = await findOrInstallBrowser();
  if (!chromiumPath) process.exit(1);
}

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
const RESULTS = `.data/test-results/${process.env.BELEM_TEST_PG_NAME ?? "default"}`;
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const vitestReport = (tier: string) => ["--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/${tier}.json`];

/** Runs one Vitest tier; it passed only if Vitest says so in its exit code AND its report. A file
 * whose setup throws skips its tests and fails the file, and Vitest's integration project has been
 * seen to exit 0 then: the report's `success` and failed files are what count. */
async function vitestTier(tier: "unit" | "integration"): Promise<boolean> {
  const code = await run("node_modules/.bin/vitest", ["run", "--project", tier, ...vitestReport(tier), ...positionals], { env });
  const file = `${RESULTS}/${tier}.json`;
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (r.numFailedTestSuites > 0) console.error(`[test] ${tier}: ${r.numFailedTestSuites} suite(s) failed`);
  return code === 0 && r.success === true && r.numFailedTestSuites === 0 && r.numFailedTests === 0;
}

if (all || values.unit) {
  if (!(await vitestTier("unit"))) failures.push("unit");
}
if (all || values.integration) {
  const missing = await ensureSystemPostgres();
  if (missing) {
    console.error(`[test] ${missing}`);
    failures.push("integration (no system PostgreSQL)");
  } else if (!(await vitestTier("integration"))) failures.push("integration");
}
if (all || values.e2e) {
  const e2eUrl = withDatabase(adminUrl, "belem_e2e");
  await recreateDatabase(e2eUrl);
  await migrate(e2eUrl);
  // Lessons, marks, absences, homework and term marks get ids past 2^53: a browser path that turns
  // one into a number (and so into another id) fails its test.
  const sequences = new pg.Client({ connectionString: e2eUrl });
  await sequences.connect();
  for (const sql of bigIdSequenceSql()) await sequences.query(sql);
  await sequences.end();
  await seedIfEmpty(e2eUrl);
  // A real OpenID provider for the region's sign-in, started before the app so its env names it.
  const oidc = await startTestOidcProvider({
    port: Number(process.env.OIDC_TEST_PORT ?? 4690),
    redirectUris: [`http://localhost:${E2E_PORT}/api/auth/callback/oidc`],
  });
  onShutdown(() => oidc.close());
  // TRUSTED_PROXIES=1: Playwright stands where a reverse proxy would, so tests can speak for
  // different client addresses and for TLS through X-Forwarded-For / -Proto as a proxy does.
  const appEnv = {
    ...env,
    TRUSTED_PROXIES: "1",
    DATABASE_URL: e2eUrl,
    E2E_DATABASE_URL: e2eUrl,
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    PORT: E2E_PORT,
    UPLOAD_DIR: resolve(".data/uploads"),
    // The page that fails on purpose (e2e/error-pages.spec.ts); a real deployment never sets this.
    BELEM_DIAGNOSTIC_ROUTES: "1",
    E2E_SERVER_LOG: resolve(`${RESULTS}/server.log`),
    OIDC_ISSUER: oidc.issuer,
    OIDC_CLIENT_ID: oidc.clientId,
    OIDC_CLIENT_SECRET: oidc.clientSecret,
    OIDC_NAME_RU: "Тестовый провайдер",
    OIDC_NAME_TT: "Тест провайдеры",
    OIDC_MATCH_CLAIM: "snils",
    // Web Push keys as `npm start` has them: the notifications page offers push only with a key.
    ...localVapid(),
  };
  const built =
    values["skip-build"] ||
    ((await run("node_modules/.bin/next", ["build"], { env: { ...appEnv, NODE_ENV: "production" } })) === 0 &&
      (await run("npm", ["run", "-s", "build:sw"], { env: { ...appEnv, NODE_ENV: "production" } })) === 0 &&
      (await run("npm", ["run", "-s", "build:migrate"], { env })) === 0);
  if (!built) {
    failures.push("build");
  } else {
    // The standalone server behind Belem's own (scripts/serve.mjs), as in production (npm start, the
    // Dockerfile). Its log goes to the terminal and to a file the tests read: a page's request id
    // must be the one the server logged.
    const server = startChild(process.execPath, ["scripts/serve.mjs", "--standalone", prepareStandalone(), "--port", E2E_PORT, "--hostname", "127.0.0.1"], {
      env: { ...appEnv, NODE_ENV: "production", HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const logFile = createWriteStream(appEnv.E2E_SERVER_LOG);
    server.stderr?.on("data", (chunk) => {
      process.stderr.write(chunk);
      logFile.write(chunk);
    });
    await waitForHttp(`http://127.0.0.1:${E2E_PORT}/login`);
    const code = await run(
      "node_modules/.bin/playwright",
      ["test", "--reporter=list,json", ...(values.grep ? ["--grep", values.grep] : []), ...(values.e2e ? positionals : [])],
      {
        env: { ...appEnv, CHROMIUM_PATH: chromiumPath, BASE_URL: `http://localhost:${E2E_PORT}`, PLAYWRIGHT_JSON_OUTPUT_FILE: `${RESULTS}/e2e.json` },
      },
    );
    if (code !== 0) failures.push("e2e");
  }
}

/** One closing line over every tier, from the runners' JSON reports. */
function totals() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const tier of ["unit", "integration"]) {
    const file = `${RESULTS}/${tier}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    passed += r.numPassedTests;
    // A file that failed outside its tests (setup, import) counts as one failure.
    failed += r.numFailedTests || r.numFailedTestSuites;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  if (existsSync(`${RESULTS}/e2e.json`)) {
    const { stats } = JSON.parse(readFileSync(`${RESULTS}/e2e.json`, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
  return { passed, failed: failed + (failures.includes("build") ? 1 : 0), skipped };
}

const t = totals();
if (t.failed > 0 && failures.length === 0) failures.push("tests");
console.log(failures.length ? `\n[test] failed tiers: ${failures.join(", ")}` : "\n[test] all tiers passed");
console.log(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
await shutdown(failures.length ? 1 : 0);
