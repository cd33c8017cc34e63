// Before each integration test file: a fresh database copied from the migrated template, named in
// DATABASE_URL before lib/db.ts is first imported. Dropped when the file ends.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { withDatabase } from "../../lib/database/embedded";

const admin = process.env.TEST_DATABASE_URL as string;
const name = `belem_it_${randomBytes(6).toString("hex")}`;
const adminClient = new pg.Client({ connectionString: withDatabase(admin, "postgres") });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE "${name}" TEMPLATE belem_it_template`);
await adminClient.end();

process.env.DATABASE_URL = withDatabase(admin, name);
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789";
process.env.DATABASE_POOL_SIZE ??= "4";

afterAll(async () => {
  const g = globalThis as unknown as { belemDb?: { $disconnect: () => Promise<void> } };
  await g.belemDb?.$disconnect();
  const c = new pg.Client({ connectionString: withDatabase(admin, "postgres") });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
});
