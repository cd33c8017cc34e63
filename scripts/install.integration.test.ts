// An installation as a district's IT person makes it, on the machine's own PostgreSQL (Debian's,
// started here; not the embedded one): the user and database exactly as the README creates them,
// migrations, the first administrator made by `npm run admin:create`, a sign-in through next-auth
// with the password it printed, three schools imported from a file and the same file again
// (nothing changes), a backup that uses pg_dump, a restore with the README's rights, every row
// back; then a school's administrator made on a terminal, with a password typed twice unseen. The
// same restore by a user without CREATEDB is refused, clearly, before anything is touched.
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitSchoolsImportAction, previewSchoolsImportAction } from "../lib/region/import-actions";
import { asUser } from "../test/support/session";
import { signInThroughNextAuth } from "../test/support/sign-in";
import { startSystemPostgres, type TSystemPostgres } from "../test/support/system-postgres";
import { tableFingerprint } from "../test/support/table-fingerprint";

const run = promisify(execFile);
let server: TSystemPostgres;
let installUrl: string;
let env: NodeJS.ProcessEnv;
let dir: string;

/** The README's SQL for a new installation: the first ```sql block of "Running against your own PostgreSQL". */
function readmeSetupSql(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### Running against your own PostgreSQL"));
  const block = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md has no ```sql block under «Running against your own PostgreSQL»");
  return block
    .split(";")
    .map((s) => s.replace(/--.*$/gm, "").trim())
    .filter(Boolean);
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const tsx = (script: string, args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", script, ...args], { env: { ...env, ...extra } });

const SCHOOLS_CSV = [
  "Код в реестре;Полное название;Краткое название;Муниципалитет;Адрес;Фамилия администратора;Имя администратора",
  "1655000001;МБОУ «Средняя общеобразовательная школа № 1»;Школа № 1;г. Казань;ул. Баумана, 1;Хайруллина;Гульнара",
  "1655000002;МБОУ «Гимназия № 2»;Гимназия № 2;г. Казань;ул. Пушкина, 2;;",
  "1650000003;МБОУ «Лицей № 3»;Лицей № 3;г. Набережные Челны;пр. Мира, 3;Сафин;Рустам",
].join("\r\n");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "belem-install-"));
  server = await startSystemPostgres();
  for (const statement of readmeSetupSql()) await sql(server.superuserUrl, statement);
  installUrl = `postgresql://belem:secret@127.0.0.1:${server.port}/belem`;
  // The app's own modules (sign-in, the import's actions) read this database from here on.
  process.env.DATABASE_URL = installUrl;
  env = { ...process.env, DATABASE_URL: installUrl, PATH: `${server.binDir}:${process.env.PATH}`, NEXTAUTH_URL: "http://localhost:3000" };
  await tsx("scripts/db.ts", ["migrate"]);
}, 180_000);

afterAll(async () => {
  const g = globalThis as unknown as { belemDb?: { $disconnect: () => Promise<void> } };
  await g.belemDb?.$disconnect();
  await server?.stop();
});

describe("an installation on the system's PostgreSQL with the README's rights", () => {
  let login = "";
  let password = "";

  it("creates the first administrator with npm run admin:create, once", async () => {
    const { stdout } = await tsx("scripts/admin-create.ts", [
      "--region",
      "Республика Татарстан",
      "--login",
      "region.admin",
      "--name",
      "Галиев Марат Ильдарович",
    ]);
    login = "region.admin";
    password = /one-time password: (\S+)/.exec(stdout)?.[1] ?? "";
    expect(password).toMatch(/^[a-z0-9]{10}$/);
    expect(stdout).toMatch(/next: .*sign in at http:\/\/localhost:3000\/login as region\.admin/);
    const [audit] = await sql<{ action: string; after: { login: string; role: string } }>(installUrl, `SELECT action, after FROM "AuditEvent"`);
    expect(audit).toMatchObject({ action: "admin.create", after: { login: "region.admin", role: "REGION_ADMIN" } });
    // Run twice by accident: refused, nothing added.
    const again = await tsx("scripts/admin-create.ts", ["--region", "Республика Татарстан", "--login", "other.admin"]).catch((e) => e);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/has an administrator already; add --another/);
    expect(await sql(installUrl, `SELECT 1 FROM "User"`)).toHaveLength(1);
  }, 180_000);

  it("signs in with the printed one-time password, which must then be changed", async () => {
    const wrong = await signInThroughNextAuth(login, "not-the-password", "10.9.0.1");
    expect(wrong.session).toBeUndefined();
    const result = await signInThroughNextAuth(login, password, "10.9.0.2");
    expect(result.error).toBeNull();
    expect(result.session?.value).toBeTruthy();
    const [user] = await sql<{ mustChangePassword: boolean }>(installUrl, `SELECT "mustChangePassword" FROM "User" WHERE login = $1`, [login]);
    expect(user.mustChangePassword).toBe(true);
  }, 180_000);

  it("imports three schools from a file, and the same file again changes nothing", async () => {
    const [admin] = await sql<{ id: number }>(installUrl, `SELECT id FROM "User" WHERE login = $1`, [login]);
    // The one-time password is changed first, as the app requires before anything else.
    await sql(installUrl, `UPDATE "User" SET "mustChangePassword" = false WHERE id = $1`, [admin.id]);
    const fileBase64 = Buffer.from(`\uFEFF${SCHOOLS_CSV}`).toString("base64");
    const preview = await asUser(admin, () => previewSchoolsImportAction({ fileBase64, fileName: "schools.csv" }));
    expect(preview?.data?.counts).toEqual({ new: 3, changed: 0, unchanged: 0, error: 0 });
    const done = await asUser(admin, () => commitSchoolsImportAction({ fileBase64, fileName: "schools.csv", digest: preview!.data!.digest }));
    expect(done?.data?.accounts.map((a) => a.login)).toEqual(["admin.1655000001", "admin.1655000002", "admin.1650000003"]);
    const again = await asUser(admin, () => previewSchoolsImportAction({ fileBase64, fileName: "schools.csv" }));
    expect(again?.data?.counts).toEqual({ new: 0, changed: 0, unchanged: 3, error: 0 });
    const schools = await sql<{ registryCode: string; municipality: string }>(
      installUrl,
      `SELECT s."registryCode", m."nameRu" AS municipality FROM "School" s JOIN "Municipality" m ON m.id = s."municipalityId" ORDER BY 1`,
    );
    expect(schools).toEqual([
      { registryCode: "1650000003", municipality: "г. Набережные Челны" },
      { registryCode: "1655000001", municipality: "г. Казань" },
      { registryCode: "1655000002", municipality: "г. Казань" },
    ]);
  }, 180_000);

  it("backs up with pg_dump and restores with the README's rights, every row back", async () => {
    const g = globalThis as unknown as { belemDb?: { $disconnect: () => Promise<void> } };
    await g.belemDb?.$disconnect();
    const before = await tableFingerprint(installUrl);
    const file = join(dir, "belem.backup");
    const backup = await tsx("scripts/backup.ts", ["--out", file]);
    expect(backup.stdout).toMatch(/\(pg_dump custom format\): \d+ rows in \d+ tables/);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
    // Written after the backup: the restore must take it away again.
    await sql(installUrl, `INSERT INTO "Region" ("nameRu", "nameTt") VALUES ('После копии', 'Копиядән соң')`);
    const restore = await tsx("scripts/restore.ts", [file]);
    expect(restore.stdout).toMatch(/restored \(pg_restore\)/);
    expect(await tableFingerprint(installUrl)).toEqual(before);
    const [{ n }] = await sql<{ n: number }>(installUrl, `SELECT count(*)::int AS n FROM "School"`);
    expect(n).toBe(3);
  }, 180_000);

  it("on a terminal asks for the password without echoing it, and makes a school's first administrator", async () => {
    const quote = (a: string) => `'${a.replaceAll("'", "'\\''")}'`;
    const args = ["--region", "Республика Татарстан", "--school", "МБОУ «Школа № 5»", "--municipality", "г. Казань", "--login", "school5.admin"];
    const command = [process.execPath, "--import", "tsx", "scripts/admin-create.ts", ...args].map(quote).join(" ");
    const chosen = "Школа пять 2026";
    // `script` gives the command a terminal of its own, as an operator's shell would.
    const child = spawn("script", ["-qec", command, "/dev/null"], { env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let answered = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const prompts = (output.match(/Password for the new administrator: |The same password again: /g) ?? []).length;
      while (answered < prompts) {
        child.stdin.write(`${chosen}\r`);
        answered += 1;
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    expect(output).toMatch(/school5\.admin: administrator of "МБОУ «Школа № 5»" created/);
    expect(output).not.toContain(chosen);
    expect(output).not.toMatch(/one-time password/);
    const [user] = await sql<{ mustChangePassword: boolean; school: string; municipality: string }>(
      installUrl,
      `SELECT u."mustChangePassword", s."nameRu" AS school, m."nameRu" AS municipality FROM "User" u
       JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'SCHOOL_ADMIN' JOIN "School" s ON s.id = r."schoolId"
       JOIN "Municipality" m ON m.id = s."municipalityId" WHERE u.login = 'school5.admin'`,
    );
    expect(user).toEqual({ mustChangePassword: false, school: "МБОУ «Школа № 5»", municipality: "г. Казань" });
    expect((await signInThroughNextAuth("school5.admin", chosen, "10.9.0.3")).session?.value).toBeTruthy();
  }, 180_000);

  it("a user without CREATEDB is told what to grant, and the live database is untouched", async () => {
    await sql(server.superuserUrl, `CREATE ROLE belem_old LOGIN PASSWORD 'secret'`);
    await sql(server.superuserUrl, `CREATE DATABASE belem_old OWNER belem_old`);
    const oldUrl = `postgresql://belem_old:secret@127.0.0.1:${server.port}/belem_old`;
    await tsx("scripts/db.ts", ["migrate"], { DATABASE_URL: oldUrl });
    const file = join(dir, "old.backup");
    await tsx("scripts/backup.ts", ["--out", file], { DATABASE_URL: oldUrl });
    const before = await tableFingerprint(oldUrl);
    const refused = await tsx("scripts/restore.ts", [file], { DATABASE_URL: oldUrl }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the live database was not touched: the database user belem_old may not create databases.*ALTER ROLE "belem_old" CREATEDB;/);
    expect(await tableFingerprint(oldUrl)).toEqual(before);
    const databases = await sql<{ datname: string }>(server.superuserUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'belem_old%'`);
    expect(databases.map((d) => d.datname)).toEqual(["belem_old"]);
  }, 180_000);
});
