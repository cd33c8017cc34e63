// Generates a benchmark district into an empty, migrated database: the plan (plan.ts,
// timetable.ts) in memory, its mid-sized tables with bulk statements (structure.ts), then the big
// tables inside PostgreSQL (journal-sql.ts). Secondary indexes of the big tables are dropped for
// the load and rebuilt afterwards from their own definitions (pg_indexes.indexdef), so the
// database ends exactly as the migrations made it; foreign keys are not checked row by row during
// the load (session_replication_role = replica) because the generator builds every reference
// from the same plan; bench/smoke.integration.test.ts checks them on a small district.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { academicStartYear, dayOf, isoDate, isSchoolDay, planYear } from "../calendar";
import { resetSequences } from "./bulk";
import {
  createAssignmentFacts,
  dropAssignmentFacts,
  insertAttendance,
  insertHomework,
  insertLessons,
  insertMarks,
  insertTermMarks,
  subjectFacts,
  type TJournalSpan,
} from "./journal-sql";
import { planDistrict } from "./plan";
import { writeStructure } from "./structure";
import { planTimetables, SUBJECT_CODES } from "./timetable";

export const BENCH_PASSWORD = "belem-bench";
/** Connections loading at once: one per core of the machine the target was set on. */
const WORKERS = 2;
export const DEFAULT_BENCH_SEED = 1;

export type TBenchOptions = { pupils: number; seed: number; until: string };
export type TBenchReport = { counts: Record<string, number>; steps: { step: string; seconds: number }[]; seconds: number; schoolDays: number };

const BIG_TABLES = ["Lesson", "Mark", "Attendance", "Homework", "FinalMark"];
const ID_TABLES = [
  "Region",
  "Municipality",
  "School",
  "User",
  "UserRole",
  "AcademicYear",
  "Term",
  "Holiday",
  "GradingSettings",
  "WorkKind",
  "AbsenceCode",
  "BellSchedule",
  "BellPeriod",
  "Subject",
  "SchoolClass",
  "Enrolment",
  "ParentLink",
  "TeachingAssignment",
  "TimetableSlot",
  ...BIG_TABLES,
];

/** Parses "YYYY-MM-DD" into a day number, or throws. */
export function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The default "as of" day: the last day of the third quarter of the school year under way. */
export function defaultUntil(today: number): string {
  const year = planYear(academicStartYear(today));
  return isoDate(year.terms[2].endDay);
}

export async function generateDistrict(url: string, opts: TBenchOptions, log: (line: string) => void = () => {}): Promise<TBenchReport> {
  const started = performance.now();
  const steps: TBenchReport["steps"] = [];
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    steps.push({ step: name, seconds: (now - last) / 1000 });
    log(`${name}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };

  const untilDay = parseDay(opts.until);
  const year = planYear(academicStartYear(untilDay));
  if (untilDay < year.startDay) throw new Error(`--until ${opts.until} is before the school year starts (${isoDate(year.startDay)})`);
  const schoolDays: string[] = [];
  for (let day = year.startDay; day <= untilDay; day++) if (isSchoolDay(year, day)) schoolDays.push(isoDate(day));
  const lockedTerms = year.terms.filter((t) => t.endDay < untilDay);

  const district = planDistrict({ pupils: opts.pupils, seed: opts.seed, startYear: year.startYear });
  const timetable = planTimetables(district, opts.seed);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  step("plan");

  const clients = await Promise.all(Array.from({ length: WORKERS }, () => connect(url)));
  const [client] = clients;
  /** Runs tasks on the connections, each taking the next task when it is free. */
  const phase = async (name: string, tasks: ((c: pg.Client) => Promise<unknown>)[]) => {
    const queue = [...tasks];
    await Promise.all(
      clients.map(async (c) => {
        for (let task = queue.shift(); task; task = queue.shift()) await task(c);
      }),
    );
    step(name);
  };
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "School"`);
    if (Number(rows[0].n) > 0) throw new Error("the database already has schools: the generator fills an empty, migrated database");
    const indexes = await dropSecondaryIndexes(client);

    await writeStructure(client, district, timetable, year, {
      passwordHash,
      createdAt: `${isoDate(year.startDay - 7)}T09:00:00`,
      lockedTermNumbers: lockedTerms.map((t) => t.number),
    });
    step("schools, people, timetables");

    await createAssignmentFacts(client, assignmentFacts(district, timetable));
    const span: TJournalSpan = { start: isoDate(year.startDay), until: opts.until, schoolDays, seed: opts.seed };
    await insertLessons(client, span);
    await client.query(`ANALYZE "Lesson"`);
    step("lessons");
    const parts = Array.from({ length: WORKERS }, (_, part) => ({ part, parts: WORKERS }));
    await phase("marks, absences, homework", [
      ...parts.map((p) => (c: pg.Client) => insertMarks(c, span, p)),
      (c) => insertAttendance(c, span, { part: 0, parts: 1 }),
      (c) => insertHomework(c, span),
    ]);
    await client.query(`ANALYZE "Mark"`);
    // Each quarter's term marks on a connection of its own, alongside the indexes of the tables they do not read.
    const terms = lockedTerms.map((t) => ({ number: t.number, start: isoDate(t.startDay), end: isoDate(t.endDay) }));
    const later = indexes.filter((def) => /ON \S*"?(Mark|FinalMark)"? /.test(def));
    await phase("term marks, indexes", [
      ...terms.map((term) => (c: pg.Client) => insertTermMarks(c, term)),
      ...indexes.filter((d) => !later.includes(d)).map((def) => (c: pg.Client) => c.query(def)),
    ]);
    await phase(
      "mark indexes",
      later.map((def) => (c: pg.Client) => c.query(def)),
    );
    await dropAssignmentFacts(client);
    await resetSequences(client, ID_TABLES);
    await client.query("ANALYZE");
    step("analyze");

    const counts: Record<string, number> = {};
    for (const t of ["School", "SchoolClass", "User", "TeachingAssignment", "TimetableSlot", ...BIG_TABLES]) {
      const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`);
      counts[t] = Number(r.rows[0].n);
    }
    counts.pupils = district.classes.reduce((s, c) => s + c.size, 0);
    return { counts, steps, seconds: (performance.now() - started) / 1000, schoolDays: schoolDays.length };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/** A loading connection: no per-row foreign-key checks (see the top of this file), big sorts in memory. */
async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET session_replication_role = replica");
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '512MB'");
  await client.query("SET work_mem = '256MB'");
  return client;
}

function assignmentFacts(district: ReturnType<typeof planDistrict>, timetable: ReturnType<typeof planTimetables>) {
  const classOf = new Map(district.classes.map((c) => [c.id, c]));
  const facts = timetable.assignments.map((a) => {
    const c = classOf.get(a.classId)!;
    const f = subjectFacts(SUBJECT_CODES.indexOf(a.subject), c.grade);
    // Marks walk the seats with a step that visits each seat once: any prime not dividing the size.
    return { a, c, f, stride: [7, 11, 13, 17].find((s) => c.size % s !== 0)! };
  });
  return {
    id: facts.map((x) => x.a.id),
    school_id: facts.map((x) => x.a.schoolId),
    teacher_id: facts.map((x) => x.a.teacherId),
    class_id: facts.map((x) => x.c.id),
    subject_id: facts.map((x) => x.a.subjectId),
    subject_idx: facts.map((x) => SUBJECT_CODES.indexOf(x.a.subject)),
    grade: facts.map((x) => x.c.grade),
    first_student: facts.map((x) => x.c.firstStudentId),
    size: facts.map((x) => x.c.size),
    stride: facts.map((x) => x.stride),
    mark_rate: facts.map((x) => x.f.markRate),
    test_rate: facts.map((x) => x.f.testRate),
    homework_rate: facts.map((x) => x.f.homeworkRate),
    lenience: facts.map((x) => x.f.lenience),
  };
}

/** Drops the big tables' non-primary-key indexes and returns the statements that recreate them as they were. */
async function dropSecondaryIndexes(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')
     ORDER BY i.tablename, i.indexname`,
    [BIG_TABLES],
  );
  for (const r of rows) await client.query(`DROP INDEX "${r.indexname}"`);
  return rows.map((r) => r.indexdef);
}
