// The benchmark's smoke run inside `npm test` (issue 8), so the harness cannot rot: a small
// district generated for real and checked row by row, the SQL proxy counting a real client's
// statements and the floor replaying them, the load runner against a small HTTP server, and the
// statistics and report; who the harness signs in as and what they open, on the district and on the
// demo school of `npm run bench -- --demo`. No production build; the full run is `npm run bench`.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/login";
import { verifyPassword } from "@/lib/auth/password";
import { withDatabase } from "@/lib/database/embedded";
import { createPrismaClient } from "@/lib/database/prisma";
import { BENCH_PASSWORD, generateDistrict, type TBenchReport } from "@/seed/bench/generate";
import { DEMO_LOGINS, DEMO_PASSWORD } from "@/seed/demo-accounts";
import { demoMoment, prepareDemoDatabase } from "./demo";
import { isDataStatement, runSqlFloor } from "./floors";
import { runLoad } from "./load";
import { judgeTargets, markdown, type TResults } from "./report";
import { buildScenarios } from "./scenarios";
import { encodeArgs, parseActionResult } from "./server-action";
import { startSqlProxy } from "./sql-proxy";
import { judge, percentile, summarizeLatencies } from "./stats";
import { pickTargets, type TTargets } from "./targets";

const url = process.env.DATABASE_URL as string;
const OPTS = { pupils: 130, seed: 7, until: "2026-10-30" };
let report: TBenchReport;
let client: pg.Client;
const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

beforeAll(async () => {
  report = await generateDistrict(url, OPTS);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => client?.end());

describe("the district generator", () => {
  it("makes the pupils asked for, in classes of 20–30, with parents, teachers and a timetable", async () => {
    expect(report.counts.pupils).toBe(130);
    const sizes = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Enrolment" GROUP BY "classId"`);
    expect(sizes.rows.reduce((s, r) => s + r.n, 0)).toBe(130);
    for (const r of sizes.rows) {
      expect(r.n).toBeGreaterThanOrEqual(20);
      expect(r.n).toBeLessThanOrEqual(30);
    }
    const noParent = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Enrolment" e WHERE NOT EXISTS (SELECT 1 FROM "ParentLink" p WHERE p."childId" = e."studentId")`,
    );
    expect(noParent.n).toBe(0);
    // Every class has lessons on each of the five school days of its week.
    const week = await client.query<{ days: number }>(`SELECT count(DISTINCT weekday)::int AS days FROM "TimetableSlot" GROUP BY "classId"`);
    expect(week.rows.every((r) => r.days === 5)).toBe(true);
  });

  it("gives about two marks per pupil per school day, mostly answers in class, with tests, absences and homework", async () => {
    const graded = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Enrolment" e JOIN "SchoolClass" c ON c.id = e."classId" WHERE c.grade >= 2`);
    const perDay = report.counts.Mark / graded.n / report.schoolDays;
    expect(perDay).toBeGreaterThan(1.5);
    expect(perDay).toBeLessThan(2.8);
    const kinds = await client.query<{ code: string; n: number }>(
      `SELECT w.code, count(*)::int AS n FROM "Mark" m JOIN "WorkKind" w ON w.id = m."workKindId" GROUP BY w.code ORDER BY n DESC`,
    );
    expect(kinds.rows[0].code).toBe("answer");
    expect(kinds.rows.map((k) => k.code)).toContain("test");
    const values = await one<{ lo: number; hi: number }>(`SELECT min(value) AS lo, max(value) AS hi FROM "Mark"`);
    expect([values.lo, values.hi]).toEqual([2, 5]);
    expect(report.counts.Attendance).toBeGreaterThan(0);
    // Homework is due at the next lesson of the same journal.
    const wrongDue = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Homework" h JOIN "Lesson" g ON g.id = h."lessonId" JOIN "Lesson" d ON d.id = h."dueLessonId"
       WHERE d."assignmentId" <> g."assignmentId" OR d.date <= g.date OR d.date <> h."dueDate"`,
    );
    expect(report.counts.Homework).toBeGreaterThan(0);
    expect(wrongDue.n).toBe(0);
    // The first quarter is over on 30 October: locked, with a term mark for each pupil's subjects.
    const q1 = await one<{ locked: boolean; finals: number }>(
      `SELECT bool_and(t."isLocked") AS locked, (SELECT count(*)::int FROM "FinalMark" WHERE period = 1) AS finals FROM "Term" t WHERE t.number = 1`,
    );
    expect(q1.locked).toBe(true);
    expect(q1.finals).toBeGreaterThan(100);
  });

  it("leaves no broken reference, no duplicate, and exactly the migrations' indexes", async () => {
    const fks = await client.query<{ child: string; cols: string[]; parent: string; pcols: string[] }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
         array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k) AS cols,
         array(SELECT a.attname::text FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k) AS pcols
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
    );
    expect(fks.rows.length).toBeGreaterThan(40);
    for (const fk of fks.rows) {
      const join = fk.cols.map((c, i) => `p."${fk.pcols[i]}" = x."${c}"`).join(" AND ");
      const notNull = fk.cols.map((c) => `x."${c}" IS NOT NULL`).join(" AND ");
      const broken = await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${fk.child} x WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join})`,
      );
      expect(broken.n, `${fk.child}(${fk.cols}) → ${fk.parent}`).toBe(0);
    }
    const indexes = async (c: pg.Client) =>
      (await c.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`)).rows.map((r) => r.d);
    const template = new pg.Client({ connectionString: withDatabase(process.env.TEST_DATABASE_URL as string, "belem_it_template") });
    await template.connect();
    try {
      expect(await indexes(client)).toEqual(await indexes(template));
    } finally {
      await template.end();
    }
    // Sequences continue after the generated ids: the app's next insert does not collide.
    const next = await one<{ id: number }>(`INSERT INTO "Region" ("nameRu", "nameTt") VALUES ('Проверка', 'Тикшерү') RETURNING id`);
    expect(next.id).toBe(2);
  });

  it("lets every generated person sign in with the one bench password", async () => {
    const pupil = await one<{ login: string }>(`SELECT login FROM "User" WHERE login LIKE 'bench-s%' ORDER BY id LIMIT 1`);
    const teacher = await one<{ login: string }>(`SELECT u.login FROM "User" u JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'TEACHER' LIMIT 1`);
    expect((await checkCredentials(pupil.login, BENCH_PASSWORD, "smoke")).ok).toBe(true);
    expect((await checkCredentials(teacher.login, BENCH_PASSWORD, "smoke")).ok).toBe(true);
    expect((await checkCredentials(teacher.login, "wrong", "smoke")).ok).toBe(false);
  });

  it("is deterministic: the same seed gives the same district, another seed another one", async () => {
    const admin = process.env.TEST_DATABASE_URL as string;
    const checksum = async (dbUrl: string) => {
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      try {
        const sums: string[] = [];
        for (const [t, cols] of [
          ["User", `id, login, "lastName", "firstName"`],
          ["TimetableSlot", "*"],
          ["Lesson", "*"],
          ["Mark", "*"],
          ["Attendance", "*"],
          ["Homework", "*"],
          ["FinalMark", "*"],
        ]) {
          sums.push((await c.query<{ s: string }>(`SELECT md5(string_agg(x::text, '|' ORDER BY x.id)) AS s FROM (SELECT ${cols} FROM "${t}") x`)).rows[0].s);
        }
        return sums.join(":");
      } finally {
        await c.end();
      }
    };
    const copies: string[] = [];
    const a = new pg.Client({ connectionString: withDatabase(admin, "postgres") });
    await a.connect();
    try {
      for (const seed of [OPTS.seed, OPTS.seed + 1]) {
        const name = `${new URL(url).pathname.slice(1)}_s${seed}`;
        await a.query(`DROP DATABASE IF EXISTS "${name}"`);
        await a.query(`CREATE DATABASE "${name}" TEMPLATE belem_it_template`);
        copies.push(name);
        await generateDistrict(withDatabase(admin, name), { ...OPTS, seed });
      }
      const original = await checksum(url);
      expect(await checksum(withDatabase(admin, copies[0]))).toBe(original);
      expect(await checksum(withDatabase(admin, copies[1]))).not.toBe(original);
    } finally {
      for (const name of copies) await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    }
  });
});

describe("the harness", () => {
  it("counts a request's statements through the SQL proxy and replays them as the SQL floor", async () => {
    const target = new URL(url);
    const proxy = await startSqlProxy({ host: target.hostname, port: Number(target.port) });
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    const db = createPrismaClient(proxied.toString(), 2);
    try {
      const teacher = await db.user.findFirstOrThrow({ where: { login: { startsWith: "bench-t" } }, select: { id: true } });
      proxy.take();
      await db.user.findUnique({ where: { id: teacher.id }, select: { id: true, roles: { select: { role: true } } } });
      await db.$transaction(async (tx) => {
        await tx.loginAttempt.create({ data: { login: "smoke", ip: "smoke", isSuccess: true }, select: { id: true } });
      });
      const statements = proxy.take();
      expect(statements.some((s) => /FROM "public"\."User"/.test(s.text) && s.params.includes(String(teacher.id)))).toBe(true);
      expect(statements.some((s) => /^BEGIN/i.test(s.text))).toBe(true);
      expect(statements.filter(isDataStatement).some((s) => /INSERT INTO "public"\."LoginAttempt"/.test(s.text))).toBe(true);
      const floor = await runSqlFloor(url, [statements], { clients: 2, seconds: 1 });
      expect(floor.errors).toBe(0);
      expect(floor.count).toBeGreaterThan(5);
      expect(floor.p50).toBeGreaterThan(0);
    } finally {
      await db.$disconnect();
      await proxy.close();
    }
  });

  it("spreads load over different requests and measures every response", async () => {
    const seen = new Set<string>();
    const server = createServer((req, res) => {
      seen.add(req.url ?? "");
      res.writeHead(req.url?.endsWith("/3") ? 404 : 200).end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await runLoad(base, { name: "t", next: (i) => ({ method: "GET", path: `/p/${i % 4}`, headers: {} }) }, { clients: 4, seconds: 1 });
      expect([...seen].sort()).toEqual(["/p/0", "/p/1", "/p/2", "/p/3"]);
      expect(result.count).toBeGreaterThan(50);
      expect(result.failures).toBeGreaterThan(result.count / 8);
      expect(result.failures).toBeLessThan(result.count / 2);
      expect(result.p50).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });

  it("computes percentiles, judges targets and writes a report that shows what was not measured", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 0.5), percentile(xs, 0.95), percentile(xs, 0.99)]).toEqual([50, 95, 99]);
    expect(summarizeLatencies([5, 1, 3])).toMatchObject({ count: 3, p50: 3, max: 5, mean: 3 });
    expect(judge({ id: "x", label: "x", limit: 50, kind: "max", unit: "ms" }, 60)).toMatchObject({ isMet: false, by: "+20 %" });
    expect(judge({ id: "x", label: "x", limit: 150, kind: "min", unit: "req/s" }, 200).isMet).toBe(true);
    expect(judge({ id: "x", label: "x", limit: 150, kind: "min", unit: "req/s" }, 90).by).toBe("−40 %");
    expect(judge({ id: "x", label: "x", limit: 0, kind: "max", unit: "" }, 3).by).toBe("3 too many");
    const run = { count: 10, p50: 4, p95: 9, p99: 12, max: 12, mean: 5, clients: 1, seconds: 1, rps: 200, errors: 0, non2xx: 0, failures: 0, load1: 0 };
    const partial: Omit<TResults, "targets"> = {
      date: "2026-11-25",
      machine: { cpus: 2, model: "test", memoryMb: 1, loadBefore: [0, 0, 0], loadAfter: [0, 0, 0], calibrationMs: [50, 50], node: "v20", postgres: "18" },
      data: { pupils: 50000, database: "x", counts: { Mark: 1 } },
      single: { ping: { c1: { ...run, p50: 1 }, c32: run }, diaryWeek: { c1: { ...run, meanBytes: 30_720 }, c32: run } },
      sqlFloor: {},
      statements: { diaryWeek: { perRequest: [4, 4], total: 4, data: 4, texts: [] } },
      two: { isAvailable: false, runs: {} },
      flat: null,
      memory: { singleMaxRssMb: 300, twoMaxRssMb: [] },
      saves: null,
      skipped: ["journal page: not built"],
    };
    const targets = judgeTargets(partial);
    expect(targets.find((t) => t.id === "diary.p95.c1")?.isMet).toBe(true);
    expect(targets.find((t) => t.id === "diary.p50.vsRoute")).toMatchObject({ measured: 4, isMet: true });
    expect(targets.find((t) => t.id === "journal.p95.c1")?.isMet).toBeNull();
    expect(targets.find((t) => t.id === "diary.kb")).toMatchObject({ measured: 30, isMet: true });
    const md = markdown({ ...partial, targets });
    expect(md).toContain("| diary week page | 4.0 / 9.0 / 12.0 |");
    expect(md).toContain("not measured");
    expect(md).toContain("Skipped: journal page: not built.");
  });

  it("speaks the server-action wire format: JSON arguments in, the result row of a Flight response out", () => {
    expect(encodeArgs([{ a: "$x", b: 1 }])).toBe('[{"a":"$$x","b":1}]');
    const body = '0:{"a":"$@1","f":"","b":"build"}\n1:{"data":{"createdIds":{"k":42}}}\n';
    expect(parseActionResult(body)).toEqual({ data: { createdIds: { k: 42 } } });
    expect(parseActionResult("<html>")).toBeNull();
  });
});

describe("the harness's people and paths", () => {
  // The requests each path would send, with a stand-in session per person (no app is running).
  const requests = (targets: TTargets) => {
    const sessions = new Map(
      [...targets.readers, ...targets.journals, ...targets.schoolAdmins].map((p) => [p.login, { login: p.login, cookie: `s=${p.login}` }]),
    );
    const scenarios = buildScenarios({
      origin: "http://127.0.0.1:1",
      targets,
      sessions,
      csrf: { token: "t", cookie: "c" },
      password: "",
      marksPath: "marks",
      hasJournal: true,
      hasSchoolSummary: true,
      saveActionId: "a",
      saved: [],
    });
    return Object.fromEntries(Object.entries(scenarios).map(([name, sc]) => [name, sc ? [0, 1].map((i) => sc.next(i)) : null]));
  };

  it("on the district: pupils and parents, teachers of full classes, and the largest school's administrator for the summary", async () => {
    const targets = await pickTargets(url, { readers: 10, teachers: 3, logins: 5, minClassSize: 20 });
    expect(targets.readers.map((r) => r.login.slice(0, 7))).toEqual(expect.arrayContaining(["bench-s", "bench-p"]));
    // Its first quarter is over and locked: no journal has a lesson to save a mark in, so none is picked (nor timed).
    expect(targets.journals).toEqual([]);
    const [largest] = targets.schoolAdmins;
    expect(largest).toMatchObject({ which: "largest", login: expect.stringMatching(/^bench-a\d+$/) });
    const biggest = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Enrolment" GROUP BY "schoolId" ORDER BY n DESC LIMIT 1`);
    expect(largest.pupils).toBe(biggest.n);
    expect((await checkCredentials(largest.login, BENCH_PASSWORD, "smoke")).ok).toBe(true);
    const r = requests(targets);
    expect(r.schoolSummaryLargest?.[0]).toMatchObject({
      method: "GET",
      path: `/reports/school?term=${targets.term}`,
      headers: { cookie: `s=${largest.login}` },
    });
    // The district's lessons stop at its last day: the quarter under way is the journal's too.
    expect([targets.term, targets.journalTerm]).toEqual([1, 1]);
    expect([r.journal, r.saveMark]).toEqual([null, null]);
  });

  it("on the demo school: its own people sign in, the journal opens a full quarter, saves go to lessons held by today", async () => {
    const admin = process.env.TEST_DATABASE_URL as string;
    const demoUrl = withDatabase(admin, `${new URL(url).pathname.slice(1)}_demo`);
    await prepareDemoDatabase(demoUrl, demoMoment("2026-11-25"));
    const c = new pg.Client({ connectionString: demoUrl });
    await c.connect();
    try {
      const targets = await pickTargets(demoUrl, { readers: 200, teachers: 60, logins: 400, minClassSize: 20, asOf: "2026-11-25" });
      // Every pupil of grades 2–11 reads (half of them through a parent), several teachers write.
      const graded = await c.query(`SELECT 1 FROM "Enrolment" e JOIN "SchoolClass" k ON k.id = e."classId" WHERE k.grade >= 2 AND e."endDate" IS NULL`);
      expect(targets.readers).toHaveLength(graded.rowCount ?? 0);
      expect(new Set(targets.journals.map((j) => j.login)).size).toBeGreaterThanOrEqual(4);
      expect(targets.schoolAdmins).toEqual([expect.objectContaining({ which: "largest", login: DEMO_LOGINS.admin })]);
      const people = [targets.readers[0].login, targets.readers[1].login, targets.journals[0].login, DEMO_LOGINS.admin];
      const hashes = await c.query<{ login: string; passwordHash: string }>(`SELECT login, "passwordHash" FROM "User" WHERE login = ANY($1)`, [people]);
      expect(hashes.rows).toHaveLength(4);
      for (const u of hashes.rows) expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD), u.login).toBe(true);
      // 25 November 2026 is in the second quarter, whose lessons run on to its end: the journal opens the whole first one.
      expect([targets.term, targets.journalTerm]).toEqual([2, 1]);
      expect(targets.weeks[0]).toBe("2026-11-23");
      const lessons = await c.query<{ late: number; n: number }>(
        `SELECT count(*) FILTER (WHERE date > '2026-11-25')::int AS late, count(*)::int AS n FROM "Lesson" WHERE id = ANY($1)`,
        [targets.journals.flatMap((j) => j.lessonIds)],
      );
      expect(lessons.rows[0]).toEqual({ late: 0, n: targets.journals.reduce((s, j) => s + j.lessonIds.length, 0) });
      const r = requests(targets);
      expect(r.schoolSummaryTypical).toBeNull();
      expect(r.journal?.[0].path).toBe(`/journal/${targets.journals[0].assignmentId}?term=1`);
      expect(r.saveMark?.[0].body).toContain(`"lessonId":"${targets.journals[0].lessonIds[0]}"`);
    } finally {
      await c.end();
      const a = new pg.Client({ connectionString: withDatabase(admin, "postgres") });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${new URL(demoUrl).pathname.slice(1)}" WITH (FORCE)`);
      await a.end();
    }
  }, 180_000);

  it("labels a demo run and judges the school summary against a second", () => {
    const partial: Omit<TResults, "targets"> = {
      date: "2026-11-25",
      machine: { cpus: 2, model: "test", memoryMb: 1, loadBefore: [0, 0, 0], loadAfter: [0, 0, 0], calibrationMs: [], node: "v20", postgres: "18" },
      data: { pupils: 108, database: "belem_bench_demo", counts: { Mark: 1 }, label: "the demo school as of 2026-11-25" },
      single: {
        schoolSummaryLargest: {
          c1: { count: 9, p50: 700, p95: 1200, p99: 1200, max: 1200, mean: 800, clients: 1, seconds: 1, rps: 1, errors: 0, non2xx: 0, failures: 0, load1: 0 },
        },
      },
      sqlFloor: {},
      statements: {},
      two: { isAvailable: false, runs: {} },
      flat: null,
      memory: { singleMaxRssMb: 300, twoMaxRssMb: [] },
      saves: null,
      skipped: [],
    };
    const targets = judgeTargets(partial);
    expect(targets.find((t) => t.id === "summary.largest.p95.c1")).toMatchObject({ isMet: false, by: "+20 %" });
    expect(targets.find((t) => t.id === "summary.typical.p95.c1")?.isMet).toBeNull();
    const md = markdown({ ...partial, targets });
    expect(md).toContain("Run of 2026-11-25: the demo school as of 2026-11-25, 108 pupils");
    expect(md).toContain("| school summary page, largest school (its administrator) | 700.0 / 1200.0 / 1200.0 |");
  });
});
