// The big tables of a benchmark district, generated inside PostgreSQL with INSERT … SELECT: lessons
// from the timetable and the school days, then marks, absences, homework and the term marks of
// the quarters already over. Every random choice is a hash of a row's own key and the seed
// (hashint8extended), so the result does not depend on the order rows are produced in, and ids
// are computed (a mark's id is its lesson's id × 32 + the pupil's seat in the class) instead of
// sorting millions of rows. The statements that make rows per lesson take a
// part (lesson id modulo parts) so that several connections share the work.
import type pg from "pg";
import { THRESHOLDS } from "../../lib/grading/term-mark";
import { SUBJECTS, WORK_KINDS } from "../catalog";

export type TJournalSpan = { start: string; until: string; schoolDays: string[]; seed: number };

/** Seats per lesson in the id scheme: classes have at most 30 pupils. */
export const SEATS = 32;
/** Pupils absent per class and day: 0, 1 or 2 in equal measure (about 3.6 % of pupil-days). */
const ABSENT_SPREAD = 2.75;
/** Lessons of a subject with tests that are a test for the whole class. */
const TEST_RATE = 0.05;
const weights = `(ARRAY[${WORK_KINDS.map((k) => k.weight).join(", ")}]::float8[])`;
const kind = (code: string) => WORK_KINDS.findIndex((k) => k.code === code) + 1;

/** A uniform number in [0, 1) from a key and a salt: the same key and seed, the same number. */
const rnd = (key: string, salt: number) => `((hashint8extended((${key})::bigint, $seed::bigint * 64 + ${salt}) & 2147483647)::float8 / 2147483648.0)`;

/** The helper table of per-assignment facts the statements below join to (one row per journal). */
export const FACTS = "_bench_assignment";

export async function createAssignmentFacts(client: pg.ClientBase, rows: Record<string, number[]>) {
  // A plain (unlogged) table, not a temporary one: the loaders run on several connections at once.
  await client.query(`DROP TABLE IF EXISTS ${FACTS}`);
  await client.query(`CREATE UNLOGGED TABLE ${FACTS} (
    id int PRIMARY KEY, school_id int, teacher_id int, class_id int, subject_id int, subject_idx int, grade int,
    first_student int, size int, stride int, mark_rate float8, test_rate float8, homework_rate float8, lenience int)`);
  const cols = Object.keys(rows);
  await client.query(
    `INSERT INTO ${FACTS} (${cols.join(", ")}) SELECT * FROM unnest(${cols.map((_, i) => `$${i + 1}::float8[]`).join(", ")})`,
    cols.map((c) => rows[c]),
  );
  await client.query(`ANALYZE ${FACTS}`);
}

export const dropAssignmentFacts = (client: pg.ClientBase) => client.query(`DROP TABLE IF EXISTS ${FACTS}`);

/** Per-assignment facts from the catalog: how often marks, tests and homework come in a subject. */
export function subjectFacts(subjectIdx: number, grade: number) {
  const s = SUBJECTS[subjectIdx];
  const graded = grade >= 2;
  return {
    // About two marks per pupil per school day: a third of a class in an ordinary lesson of grades 5–11
    // (six lessons a day), more in grades 2–4 (four or five); none in the first grade.
    markRate: graded ? (grade <= 4 ? 0.45 : 0.33) : 0,
    testRate: graded && s.hasTests ? TEST_RATE : 0,
    homeworkRate: s.homeworkRate,
    lenience: s.lenience ?? 0,
  };
}

const bind = (sql: string, span: TJournalSpan) => sql.replaceAll("$seed", String(Math.trunc(span.seed)));

export async function insertLessons(client: pg.ClientBase, span: TJournalSpan) {
  await client.query(
    `INSERT INTO "Lesson" (id, "schoolId", "assignmentId", "slotId", date, period, room, topic, "isCancelled", "createdAt", "updatedAt")
     SELECT row_number() OVER (ORDER BY d.day, s.id), s."schoolId", s."assignmentId", s.id, d.day, s.period, s.room,
       sub."nameRu" || ': тема ' || ((d.day - $2::date) / 7 + 1) || '.' || s.weekday, false, $2::timestamp, $2::timestamp
     FROM unnest($1::date[]) AS d(day)
     JOIN "TimetableSlot" s ON s.weekday = extract(isodow FROM d.day)
     JOIN ${FACTS} ba ON ba.id = s."assignmentId"
     JOIN "Subject" sub ON sub.id = ba.subject_id`,
    [span.schoolDays, span.start],
  );
}

export type TPart = { part: number; parts: number };

/** Lessons of one part up to `until`, each with its absent seats (a block of 0–2) and where its marks start. */
function lessonsOfPart(where: string) {
  return `SELECT l.id, l."schoolId" AS school_id, l.date, l.period, ba.first_student, ba.size, ba.stride, ba.teacher_id, ba.lenience,
      ba.subject_idx, ba.mark_rate,
      floor(${rnd("ba.class_id::bigint * 4096 + (l.date - $2::date)", 1)} * ${ABSENT_SPREAD})::int AS absent_k,
      floor(${rnd("ba.class_id::bigint * 4096 + (l.date - $2::date)", 2)} * ba.size)::int AS absent_o,
      ${rnd("l.id", 6)} < ba.test_rate AS is_test,
      floor(${rnd("l.id", 7)} * ba.size)::int AS marks_o,
      ${rnd("l.id", 8)} AS marks_u
    FROM "Lesson" l JOIN ${FACTS} ba ON ba.id = l."assignmentId"
    WHERE l.date <= $1::date AND l.id % $3 = $4 AND ${where}
    OFFSET 0`;
}

export async function insertAttendance(client: pg.ClientBase, span: TJournalSpan, p: TPart) {
  await client.query(
    bind(
      `INSERT INTO "Attendance" (id, "schoolId", "lessonId", "studentId", "absenceCodeId", "authorId", "createdAt", "updatedAt")
       SELECT x.id::bigint * ${SEATS} + x.seat, x.school_id, x.id, x.first_student + x.seat,
         (x.school_id - 1) * 4 + CASE WHEN x.u < 0.7 THEN 2 WHEN x.u < 0.85 THEN 3 ELSE 1 END,
         x.teacher_id, x.ts, x.ts
       FROM (SELECT p.*, s.seat, ${rnd("(p.first_student + s.seat)::bigint * 4096 + (p.date - $2::date)", 3)} AS u,
               p.date + make_interval(mins => 300 + p.period * 50) AS ts
             FROM (${lessonsOfPart("true")}) p
             CROSS JOIN LATERAL (SELECT (p.absent_o + j) % p.size AS seat FROM generate_series(0, p.absent_k - 1) j) s
             OFFSET 0) x`,
      span,
    ),
    [span.until, span.start, p.parts, p.part],
  );
}

/** 16 bits of a row's hash as a number in [0, 1): one hash gives a mark its four random choices. */
const bits = (h: string, n: number) => `(((${h}) >> ${16 * n}) & 65535)::float8 / 65536.0`;

export async function insertMarks(client: pg.ClientBase, span: TJournalSpan, p: TPart) {
  const dictation = ["russian", "tatar"].map((c) => SUBJECTS.findIndex((s) => s.code === c)).join(", ");
  await client.query(
    bind(
      `INSERT INTO "Mark" (id, "schoolId", "lessonId", "studentId", "workKindId", value, "isPending", "authorId", "createdAt", "updatedAt")
       SELECT x.id::bigint * ${SEATS} + x.seat, x.school_id, x.id, x.first_student + x.seat,
         (x.school_id - 1) * ${WORK_KINDS.length} + CASE
           WHEN x.is_test THEN (CASE WHEN x.subject_idx IN (${dictation}) AND x.id % 2 = 0 THEN ${kind("dictation")} ELSE ${kind("test")} END)
           WHEN ${bits("x.h", 0)} < 0.55 THEN ${kind("answer")} WHEN ${bits("x.h", 0)} < 0.8 THEN ${kind("homework")}
           WHEN ${bits("x.h", 0)} < 0.92 THEN ${kind("independent")} ELSE ${kind("quiz")} END,
         CASE WHEN x.pending THEN NULL ELSE greatest(2, least(5, round(2.9 + 2.0 * ${rnd("x.first_student + x.seat", 4)}
           + (${bits("x.h", 1)} - 0.5) * 2.4 + x.lenience)))::int END,
         x.pending, x.teacher_id, x.ts, x.ts
       FROM (SELECT p.*, s.seat, s.h, NOT p.is_test AND ${bits("s.h", 2)} < 0.004 AS pending,
               p.date + make_interval(mins => 300 + p.period * 50 + floor(${bits("s.h", 3)} * 600)::int) AS ts
             FROM (${lessonsOfPart("ba.mark_rate > 0")}) p
             CROSS JOIN LATERAL (SELECT (p.marks_o + j * p.stride) % p.size AS seat,
                 hashint8extended(p.id::bigint * ${SEATS} + (p.marks_o + j * p.stride) % p.size, $seed::bigint * 64 + 5) AS h
               FROM generate_series(0, CASE WHEN p.is_test THEN p.size ELSE floor(p.size * p.mark_rate * (0.5 + p.marks_u))::int END - 1) j
               OFFSET 0) s
             WHERE (s.seat - p.absent_o + p.size) % p.size >= p.absent_k
             OFFSET 0) x`,
      span,
    ),
    [span.until, span.start, p.parts, p.part],
  );
}

/** Homework on a share of lessons, due at the journal's next lesson. */
export async function insertHomework(client: pg.ClientBase, span: TJournalSpan) {
  await client.query(
    bind(
      `INSERT INTO "Homework" (id, "schoolId", "lessonId", "dueLessonId", "dueDate", text, "createdById", "createdAt", "updatedAt")
       SELECT x.id, x."schoolId", x.id, x.next_id, x.next_date,
         format('§ %s, упр. %s–%s', 1 + floor(${rnd("x.id", 12)} * 40)::int, n, n + 3), ba.teacher_id, ts, ts
       FROM (SELECT l.id, l."schoolId", l."assignmentId", l.date,
               lead(l.id) OVER w AS next_id, lead(l.date) OVER w AS next_date
             FROM "Lesson" l WINDOW w AS (PARTITION BY l."assignmentId" ORDER BY l.date, l.period)) x
       JOIN ${FACTS} ba ON ba.id = x."assignmentId"
       CROSS JOIN LATERAL (SELECT 1 + floor(${rnd("x.id", 13)} * 300)::int AS n, x.date + interval '10 hours' AS ts) r
       WHERE x.next_id IS NOT NULL AND x.date <= $1::date AND ${rnd("x.id", 14)} < ba.homework_rate`,
      span,
    ),
    [span.until],
  );
}

/** Term marks of a locked quarter: the weighted average and the mark the school's thresholds give. Ids are
 * computed (pupil, subject, quarter) as quarters are written side by side. */
export async function insertTermMarks(client: pg.ClientBase, term: { number: number; start: string; end: string }) {
  const t = THRESHOLDS.T260;
  const weight = `${weights}[(m."workKindId" - 1) % ${WORK_KINDS.length} + 1]`;
  await client.query(
    `INSERT INTO "FinalMark" (id, "schoolId", "yearId", "termId", kind, period, "studentId", "subjectId", status, value, average, suggested, "authorId", "createdAt", "updatedAt")
     SELECT (student_id::bigint * ${SEATS} + subject_idx) * 4 + $1 - 1, school_id, school_id, (school_id - 1) * 4 + $1, 'TERM', $1, student_id, subject_id, 'GRADED', mark, avg, mark, teacher_id, $3::timestamp, $3::timestamp
     FROM (SELECT ba.school_id, m."studentId" AS student_id, ba.subject_id, ba.subject_idx, min(ba.teacher_id) AS teacher_id, sum(m.value * ${weight}) / sum(${weight}) AS avg
           FROM "Mark" m JOIN "Lesson" l ON l.id = m."lessonId" JOIN ${FACTS} ba ON ba.id = l."assignmentId"
           WHERE l.date BETWEEN $2::date AND $3::date AND m.value IS NOT NULL
           GROUP BY ba.school_id, m."studentId", ba.subject_id, ba.subject_idx) a
     CROSS JOIN LATERAL (SELECT CASE WHEN round(avg::numeric, 2) >= ${t.five} THEN 5 WHEN round(avg::numeric, 2) >= ${t.four} THEN 4
       WHEN round(avg::numeric, 2) >= ${t.three} THEN 3 ELSE 2 END AS mark) s`,
    [term.number, term.start, term.end],
  );
}
