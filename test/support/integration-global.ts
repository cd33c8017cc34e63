// Once per integration run: a template database with every migration applied. Each test file
// then gets its own copy (CREATE DATABASE … TEMPLATE), so files run in parallel and start clean.
import pg from "pg";
import { recreateDatabase, withDatabase } from "../../lib/database/embedded";
import { migrate } from "../../lib/database/migrate";

export const TEMPLATE_DB = "belem_it_template";

export default async function setup() {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set: run integration tests through `npm test` (scripts/test.ts).");
  const url = withDatabase(admin, TEMPLATE_DB);
  await recreateDatabase(url);
  await migrate(url);
  // A template must have no open connections when it is copied.
  const client = new pg.Client({ connectionString: withDatabase(admin, "postgres") });
  await client.connect();
  await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [TEMPLATE_DB]);
  await client.end();
}
