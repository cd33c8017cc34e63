// The production path without devDependencies: the server under test is Next's standalone server
// (scripts/test.ts starts <distDir>/standalone/server.js through scripts/serve.mjs, as `npm start` and the Dockerfile do),
// against the real PostgreSQL. Signed in through next-auth's credentials endpoint, it serves a
// signed-in page; the image's bundled migration runner works from the standalone folder alone.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "./helpers";

const STANDALONE = resolve(process.env.NEXT_DIST_DIR ?? ".next", "standalone");

test("the standalone server has no devDependencies beside it", () => {
  expect(existsSync(join(STANDALONE, "server.js"))).toBe(true);
  for (const dev of ["vitest", "@playwright/test", "typescript", "@biomejs/biome", "tsx"]) {
    expect(existsSync(join(STANDALONE, "node_modules", dev)), dev).toBe(false);
  }
});

test("signed in through next-auth's credentials endpoint, the standalone server serves a signed-in page", async ({ request, baseURL }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { login: "teacher", password: DEMO_PASSWORD, csrfToken, json: "true", callbackUrl: baseURL as string },
    headers: { origin: baseURL as string },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBeLessThan(400);
  const page = await request.get("/journal", { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("<title>Журнал — Белем</title>");
  expect(html).toContain("Математика");
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", migrations: { pending: 0 } });
});

test("the image's migration runner (migrate.mjs, no devDependencies) migrates an empty database from the standalone folder", async () => {
  const admin = new URL(process.env.E2E_DATABASE_URL as string);
  const name = `belem_e2e_migrate_${process.pid}`;
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    // As in the image: the working folder holds migrate.mjs, prisma/migrations and node_modules/pg.
    // prisma/migrations is in the standalone folder: the readiness check ships with it.
    const migrateOnce = () =>
      execFileSync(process.execPath, ["migrate.mjs"], {
        cwd: STANDALONE,
        env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: url.toString() },
        encoding: "utf8",
      });
    expect(migrateOnce()).toMatch(/migrations applied: [1-9]/);
    expect(migrateOnce()).toContain("migrations applied: 0");
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
});
