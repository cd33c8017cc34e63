// `npm run db:backup` and `npm run db:restore` round-trip every table exactly,
// including a backup taken while the app writes, and refuse a damaged file without touching the
// live database. The demo school (seeded for real) is what gets backed up.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recreateDatabase, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { seedIfEmpty } from "../seed";
import { tableFingerprint } from "../test/support/table-fingerprint";
import { backupDatabase } from "./lib/dump";
import { replaceDatabase, restoreDatabase } from "./lib/load";

const run = promisify(execFile);
const admin = process.env.TEST_DATABASE_URL as string;
const tag = randomBytes(4).toString("hex");
const source = withDatabase(admin, `belem_backup_src_${tag}`);
let dir: string;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const fingerprint = tableFingerprint;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "belem-backup-"));
  await recreateDatabase(source);
  await migrate(source);
  await seedIfEmpty(source);
  // Values that are easy to lose on the way: quotes, backslashes, newlines, unicode, JSON, arrays, floats.
  await query(source, `UPDATE "Mark" SET comment = $1 WHERE id = (SELECT min(id) FROM "Mark")`, [
    'Кавычки "двойные", \\обратная косая\nновая строка, әөүҗңһ, 👍, NULL',
  ]);
  await query(source, `UPDATE "GradingSettings" SET "allowedValues" = '{1,2,3,4,5}'`);
  await query(source, `UPDATE "FinalMark" SET average = 4.645000000000001 WHERE id = (SELECT min(id) FROM "FinalMark")`);
  await query(source, `INSERT INTO "LoginAttempt" (login, ip, "isSuccess") VALUES ('teacher', '::1', false)`);
}, 600_000);

afterAll(async () => {
  for (const name of [`belem_backup_src_${tag}`, `belem_backup_dst_${tag}`, `belem_backup_cli_${tag}`, `belem_backup_live_${tag}`]) {
    await query(withDatabase(admin, "postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const leftovers = await query<{ datname: string }>(withDatabase(admin, "postgres"), `SELECT datname FROM pg_database WHERE datname LIKE $1`, [
    `belem_backup_%${tag}%`,
  ]);
  for (const { datname } of leftovers) await query(withDatabase(admin, "postgres"), `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
});

describe("backup and restore", () => {
  it("round-trips every table of the seeded demo school exactly", async () => {
    const file = join(dir, "demo.ndjson.gz");
    const summary = await backupDatabase(source, file, { forceLogical: true });
    expect(summary.method).toBe("logical");
    expect(summary.rows.Mark).toBeGreaterThan(1000);
    const target = withDatabase(admin, `belem_backup_dst_${tag}`);
    await restoreDatabase(target, file);
    const [before, after] = [await fingerprint(source), await fingerprint(target)];
    expect(Object.keys(after).length).toBeGreaterThan(30);
    expect(after).toEqual(before);
  }, 600_000);

  it("leaves the restored database working: sequences past the highest id, the audit log append-only again", async () => {
    const target = withDatabase(admin, `belem_backup_dst_${tag}`);
    const [{ max }] = await query<{ max: number }>(target, `SELECT max(id) AS max FROM "Region"`);
    const [{ id }] = await query<{ id: number }>(target, `INSERT INTO "Region" ("nameRu", "nameTt") VALUES ('Новый', 'Яңа') RETURNING id`);
    expect(id).toBeGreaterThan(max);
    await query(target, `INSERT INTO "AuditEvent" (action, "entityType") VALUES ('after.restore', 'Test')`);
    await expect(query(target, `UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(query(target, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(query(target, `TRUNCATE "AuditEvent" CASCADE`)).rejects.toThrow(/append-only/);
  });

  it("takes a consistent snapshot while marks are being saved: every mark in the backup has its audit row", async () => {
    const live = withDatabase(admin, `belem_backup_live_${tag}`);
    await query(withDatabase(admin, "postgres"), `CREATE DATABASE "belem_backup_live_${tag}" TEMPLATE "belem_backup_src_${tag}"`);
    const [lesson] = await query<{ id: number; schoolId: number }>(live, `SELECT id, "schoolId" FROM "Lesson" ORDER BY id LIMIT 1`);
    const [ref] = await query<{ studentId: number; workKindId: number; authorId: number }>(
      live,
      `SELECT "studentId", "workKindId", "authorId" FROM "Mark" LIMIT 1`,
    );
    let writing = true;
    const writer = (async () => {
      const client = new pg.Client({ connectionString: live });
      await client.connect();
      let n = 0;
      const until = Date.now() + 120_000;
      while (writing && Date.now() < until) {
        await client.query("BEGIN");
        const { rows } = await client.query(
          `INSERT INTO "Mark" ("schoolId", "lessonId", "studentId", "workKindId", value, comment, "authorId", "updatedAt") VALUES ($1, $2, $3, $4, 5, 'concurrent', $5, now()) RETURNING id`,
          [lesson.schoolId, lesson.id, ref.studentId, ref.workKindId, ref.authorId],
        );
        await client.query(
          `INSERT INTO "AuditEvent" ("schoolId", "actorId", action, "entityType", "entityId") VALUES ($1, $2, 'concurrent.mark', 'Mark', $3)`,
          [lesson.schoolId, ref.authorId, String(rows[0].id)],
        );
        await client.query("COMMIT");
        n += 1;
      }
      await client.end();
      return n;
    })();
    await new Promise((r) => setTimeout(r, 300));
    const file = join(dir, "live.ndjson.gz");
    await backupDatabase(live, file, { forceLogical: true });
    writing = false;
    const written = await writer;
    expect(written).toBeGreaterThan(5);
    const target = withDatabase(admin, `belem_backup_dst_${tag}`);
    await restoreDatabase(target, file);
    const [check] = await query<{ marks: number; orphans: number; unaudited: number }>(
      target,
      `SELECT (SELECT count(*)::int FROM "Mark" WHERE comment = 'concurrent') AS marks,
        (SELECT count(*)::int FROM "AuditEvent" a WHERE a.action = 'concurrent.mark' AND NOT EXISTS (SELECT 1 FROM "Mark" m WHERE m.id::text = a."entityId")) AS orphans,
        (SELECT count(*)::int FROM "Mark" m WHERE m.comment = 'concurrent' AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'concurrent.mark' AND a."entityId" = m.id::text)) AS unaudited`,
    );
    // Some saves fell before the snapshot, and each of them came with its audit row, and no audit row without its mark.
    expect(check.marks).toBeGreaterThan(0);
    expect(check).toMatchObject({ orphans: 0, unaudited: 0 });
  }, 300_000);

  it("refuses a damaged or cut file before touching the live database", async () => {
    const file = join(dir, "demo.ndjson.gz");
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    // One value of one row changed, as a disk or a hand might.
    const at = lines.findIndex((l) => l.startsWith('["'));
    const row = JSON.parse(lines[at]) as (string | null)[];
    row[0] = `${row[0]}9`;
    const edited = lines.map((l, i) => (i === at ? JSON.stringify(row) : l));
    const damaged = join(dir, "damaged.ndjson.gz");
    writeFileSync(damaged, gzipSync(edited.join("\n")));
    const cut = join(dir, "cut.ndjson.gz");
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const liveBefore = await fingerprint(source);
    await expect(replaceDatabase(source, damaged)).rejects.toThrow(/damaged/);
    await expect(replaceDatabase(source, cut)).rejects.toThrow(/cut short/);
    expect(await fingerprint(source)).toEqual(liveBefore);
  }, 300_000);

  it("works as the npm scripts: db:backup --out, then db:restore into another database", async () => {
    const file = join(dir, "cli.ndjson.gz");
    const env = { ...process.env, DATABASE_URL: source };
    const backup = await run(process.execPath, ["--import", "tsx", "scripts/backup.ts", "--out", file], { env });
    expect(backup.stdout).toMatch(/\[backup\] .* \d+ rows in \d+ tables/);
    expect(existsSync(file)).toBe(true);
    const target = withDatabase(admin, `belem_backup_cli_${tag}`);
    const restore = await run(process.execPath, ["--import", "tsx", "scripts/restore.ts", file], { env: { ...process.env, DATABASE_URL: target } });
    expect(restore.stdout).toMatch(/\[restore\] .* restored \((logical, \d+ rows|pg_restore)\)/);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  }, 600_000);
});
