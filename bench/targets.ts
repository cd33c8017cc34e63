// Who the benchmark signs in as and what they open, chosen from the database itself (a generated
// district or the demo school): pupils and parents spread over every school (by a hash of the id,
// the same on every run), teachers of full classes with a subject of several hours a week and the
// lessons of the quarter under way where their marks go, and the administrators of the largest
// school and of a typical (the median) one for the school summary.
import pg from "pg";

export type TDiaryReader = { login: string; studentId: number };
export type TJournalTarget = {
  login: string;
  teacherId: number;
  assignmentId: number;
  classSize: number;
  /** int8: node-postgres reads them as decimal strings, which is how the save action takes them. */
  lessonIds: string[];
  studentIds: number[];
  workKindId: number;
};
export type TSchoolAdminTarget = { which: "largest" | "typical"; login: string; schoolId: number; pupils: number };
export type TTargets = {
  readers: TDiaryReader[];
  /** Mondays of the weeks read, the latest weeks of the data. */
  weeks: string[];
  journals: TJournalTarget[];
  /** The quarter under way on the data's last day: the marks page and the saves. */
  term: number;
  /** The quarter the journals open on: the one under way if its lessons are all there, else the last one that is (a full quarter). */
  journalTerm: number;
  /** The largest school's administrator, then a typical school's (one entry when both are the same school). */
  schoolAdmins: TSchoolAdminTarget[];
  logins: string[];
};
export type TPickOptions = {
  readers: number;
  teachers: number;
  logins: number;
  /** Journals of classes at least this large (default 28: a full class). */
  minClassSize?: number;
  /** The day the data is "as of" (default: its last lesson). The demo school has lessons planned beyond today. */
  asOf?: string;
};

/** Only people who can sign in and act at once (not deactivated, no one-time password to change). */
const ACTIVE = (u: string) => `${u}."isActive" AND NOT ${u}."mustChangePassword"`;

export async function pickTargets(url: string, opts: TPickOptions): Promise<TTargets> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pupils = await client.query<{ student: number; studentLogin: string; parentLogin: string }>(
      `SELECT e."studentId" AS student, min(su.login) AS "studentLogin", (array_agg(pu.login ORDER BY pl."parentId"))[1] AS "parentLogin"
       FROM "Enrolment" e JOIN "SchoolClass" c ON c.id = e."classId" JOIN "ParentLink" pl ON pl."childId" = e."studentId"
       JOIN "User" su ON su.id = e."studentId" JOIN "User" pu ON pu.id = pl."parentId"
       WHERE c.grade >= 2 AND e."endDate" IS NULL AND ${ACTIVE("su")} AND ${ACTIVE("pu")}
       GROUP BY e."studentId" ORDER BY hashint4(e."studentId") LIMIT $1`,
      [opts.readers],
    );
    // Half the readers are pupils reading their own diary, half parents reading a child's.
    const readers = pupils.rows.map((r, i) => ({ login: i % 2 === 0 ? r.studentLogin : r.parentLogin, studentId: r.student }));
    const { rows: days } = await client.query<{ last: string; end: string }>(
      `SELECT to_char(max(date) FILTER (WHERE $1::date IS NULL OR date <= $1::date), 'YYYY-MM-DD') AS last, to_char(max(date), 'YYYY-MM-DD') AS end FROM "Lesson"`,
      [opts.asOf ?? null],
    );
    const asOf = days[0].last;
    const last = new Date(`${asOf}T00:00:00Z`);
    const monday = new Date(last.getTime() - ((last.getUTCDay() + 6) % 7) * 86_400_000);
    const weeks = Array.from({ length: 6 }, (_, i) => new Date(monday.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
    // Every school has the same calendar: the first school's terms of the year under way.
    const { rows: terms } = await client.query<{ number: number; end: string }>(
      `SELECT t.number, to_char(t."endDate", 'YYYY-MM-DD') AS end FROM "Term" t
       WHERE t."schoolId" = (SELECT min(id) FROM "School")
         AND t."yearId" = (SELECT "yearId" FROM "Term" WHERE "schoolId" = t."schoolId" AND "startDate" <= $1::date ORDER BY "startDate" DESC LIMIT 1)
         AND t."startDate" <= $1::date
       ORDER BY t.number`,
      [asOf],
    );
    const current = terms.at(-1);
    const term = current?.number ?? 1;
    const isFull = (t: { end: string }) => t.end <= asOf || days[0].end <= asOf;
    const journalTerm = current && !isFull(current) && terms.length > 1 ? terms[terms.length - 2].number : term;
    const assignments = await client.query<{ id: number; teacher: number; login: string; size: number; school: number; class: number }>(
      `SELECT a.id, a."teacherId" AS teacher, min(u.login) AS login, count(e.id)::int AS size, a."schoolId" AS school, a."classId" AS class
       FROM "TeachingAssignment" a JOIN "SchoolClass" c ON c.id = a."classId" JOIN "Subject" s ON s.id = a."subjectId"
       JOIN "User" u ON u.id = a."teacherId" JOIN "Enrolment" e ON e."classId" = c.id AND e."endDate" IS NULL
       WHERE c.grade >= 5 AND a."subgroupId" IS NULL AND ${ACTIVE("u")}
         AND s.code IN ('math', 'russian', 'algebra', 'english', 'literature', 'physics')
       GROUP BY a.id HAVING count(e.id) >= $1
       ORDER BY hashint4(a.id)`,
      [opts.minClassSize ?? 28],
    );
    const journals: TJournalTarget[] = [];
    const seenTeachers = new Set<number>();
    for (const a of assignments.rows) {
      if (journals.length >= opts.teachers) break;
      if (seenTeachers.has(a.teacher)) continue;
      seenTeachers.add(a.teacher);
      const lessons = await client.query<{ id: string }>(
        `SELECT l.id FROM "Lesson" l JOIN "Term" t ON t."schoolId" = l."schoolId" AND t.number = $2 AND l.date BETWEEN t."startDate" AND t."endDate"
         WHERE l."schoolId" = $3 AND l."assignmentId" = $1 AND l.date <= $4::date AND NOT t."isLocked" ORDER BY l.date DESC LIMIT 10`,
        [a.id, term, a.school, asOf],
      );
      if (lessons.rows.length === 0) continue;
      const students = await client.query<{ id: number }>(
        `SELECT "studentId" AS id FROM "Enrolment" WHERE "classId" = $1 AND "endDate" IS NULL ORDER BY "studentId"`,
        [a.class],
      );
      const kind = await client.query<{ id: number }>(`SELECT id FROM "WorkKind" WHERE "schoolId" = $1 AND "isDefault" LIMIT 1`, [a.school]);
      journals.push({
        login: a.login,
        teacherId: a.teacher,
        assignmentId: a.id,
        classSize: a.size,
        lessonIds: lessons.rows.map((l) => l.id),
        studentIds: students.rows.map((s) => s.id),
        workKindId: kind.rows[0].id,
      });
    }
    const people = await client.query<{ login: string }>(`SELECT login FROM "User" u WHERE ${ACTIVE("u")} ORDER BY hashint4(id) LIMIT $1`, [opts.logins]);
    return { readers, weeks, journals, term, journalTerm, schoolAdmins: await pickSchoolAdmins(client), logins: people.rows.map((r) => r.login) };
  } finally {
    await client.end();
  }
}

/** The administrators of the school with the most pupils and of the median one (by pupils: the ⌊n/2⌋-th of the active schools, fewest first). */
async function pickSchoolAdmins(client: pg.Client): Promise<TSchoolAdminTarget[]> {
  const { rows: schools } = await client.query<{ id: number; pupils: number; login: string | null }>(
    `SELECT s.id, count(DISTINCT e."studentId")::int AS pupils,
       (SELECT min(u.login) FROM "UserRole" r JOIN "User" u ON u.id = r."userId"
        WHERE r."schoolId" = s.id AND r.role = 'SCHOOL_ADMIN' AND ${ACTIVE("u")}) AS login
     FROM "School" s JOIN "Enrolment" e ON e."schoolId" = s.id AND e."endDate" IS NULL
     WHERE s."isActive" GROUP BY s.id ORDER BY pupils, s.id`,
  );
  const pick = (which: TSchoolAdminTarget["which"], s: (typeof schools)[number] | undefined): TSchoolAdminTarget[] =>
    s?.login ? [{ which, login: s.login, schoolId: s.id, pupils: s.pupils }] : [];
  const largest = schools.at(-1);
  const typical = schools[Math.floor(schools.length / 2)];
  return [...pick("largest", largest), ...(typical?.id === largest?.id ? [] : pick("typical", typical))];
}
