// The migrations under prisma/migrations, applied to an empty database, give exactly the database
// that schema.prisma describes: Prisma's own schema engine (WebAssembly) diffs the two and must
// find nothing to do. A change to one without the other fails here.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { recreateDatabase, withDatabase } from "./embedded";
import { migrate } from "./migrate";

const admin = process.env.TEST_DATABASE_URL as string;

/** The SQL statements Prisma would run to take the database to schema.prisma (comments dropped). */
function diffAgainstSchema(url: string): string {
  const out = execFileSync(process.execPath, ["scripts/prisma-wasm.mjs", "diff-db"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  return out
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join("\n");
}

describe("migrations and schema.prisma", () => {
  it("agree: the migrated database needs no change to match the schema", async () => {
    const url = withDatabase(admin, "belem_schema_check");
    await recreateDatabase(url);
    const first = await migrate(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(diffAgainstSchema(url)).toBe("");
  });

  it("is checked for real: a column dropped from the database is reported", async () => {
    const url = withDatabase(admin, "belem_schema_drift");
    await recreateDatabase(url);
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`ALTER TABLE "Mark" DROP COLUMN "comment"`);
    await client.query(`DROP INDEX "Lesson_schoolId_date_idx"`);
    await client.end();
    const diff = diffAgainstSchema(url);
    expect(diff).toMatch(/"comment"/);
    expect(diff).toMatch(/Lesson_schoolId_date_idx/);
  });

  it("records every migration in _prisma_migrations, and running twice, even at once, applies nothing more", async () => {
    const url = withDatabase(admin, "belem_schema_twice");
    await recreateDatabase(url);
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect(a.applied.length + b.applied.length).toBe(Math.max(a.applied.length, b.applied.length));
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, finished_at IS NOT NULL AS done FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();
    expect(rows.length).toBe(Math.max(a.applied.length, b.applied.length));
    expect(rows.every((r) => r.done)).toBe(true);
  });
});
