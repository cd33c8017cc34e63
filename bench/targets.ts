// Who the benchmark signs in as and what they open, chosen from the generated district itself:
// pupils and parents spread over every school (by a hash of the id, the same on every run),
// teachers of full classes with a subject of several hours a week, and the lessons of the quarter
// under way where their marks go.
import pg from "pg";

export type TDiaryReader = { login: string; studentId: number };
export type TJournalTarget = {
  login: string;
  teacherId: number;
  assignmentId: number;
  classSize: number;
  lessonIds: number[];
  studentIds: number[];
  workKindId: number;
};
export type TTargets = {
  readers: TDiaryReader[];
  /** Mondays of the weeks read, the latest weeks of the data. */
  weeks: string[];
  journals: TJournalTarget[];
  /** The quarter the journals open on: the latest one with lessons. */
  term: number;
  logins: string[];
};

export async function pickTargets(url: string, opts: { readers: number; teachers: number; logins: number }): Promise<TTargets> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pupils = await client.query<{ student: number; parent: number }>(
      `SELECT e."studentId" AS student, min(pl."parentId") AS parent
       FROM "Enrolment" e JOIN "SchoolClass" c ON c.id = e."classId" JOIN "ParentLink" pl ON pl."childId" = e."studentId"
       WHERE c.grade >= 2 GROUP BY e."studentId" ORDER BY hashint4(e."studentId") LIMIT $1`,
      [opts.readers],
    );
    // Half the readers are pupils reading their own diary, half parents reading a child's.
    const readers = pupils.rows.map((r, i) =>
      i % 2 === 0 ? { login: `bench-s${r.student}`, studentId: r.student } : { login: `bench-p${r.parent}`, studentId: r.student },
    );
    const { rows: lastDay } = await client.query<{ d: string }>(`SELECT to_char(max(date), 'YYYY-MM-DD') AS d FROM "Lesson"`);
    const last = new Date(`${lastDay[0].d}T00:00:00Z`);
    const monday = new Date(last.getTime() - ((last.getUTCDay() + 6) % 7) * 86_400_000);
    const weeks = Array.from({ length: 6 }, (_, i) => new Date(monday.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
    const { rows: terms } = await client.query<{ number: number }>(
      `SELECT t.number FROM "Term" t WHERE t."schoolId" = 1 AND t."startDate" <= (SELECT max(date) FROM "Lesson") ORDER BY t.number DESC LIMIT 1`,
    );
    const term = terms[0]?.number ?? 1;
    const assignments = await client.query<{ id: number; teacher: number; size: number; school: number; class: number }>(
      `SELECT a.id, a."teacherId" AS teacher, count(e.id)::int AS size, a."schoolId" AS school, a."classId" AS class
       FROM "TeachingAssignment" a JOIN "SchoolClass" c ON c.id = a."classId" JOIN "Subject" s ON s.id = a."subjectId"
       JOIN "Enrolment" e ON e."classId" = c.id
       WHERE c.grade >= 5 AND s.code IN ('math', 'russian', 'algebra', 'english', 'literature', 'physics')
       GROUP BY a.id HAVING count(e.id) >= 28
       ORDER BY hashint4(a.id)`,
    );
    const journals: TJournalTarget[] = [];
    const seenTeachers = new Set<number>();
    for (const a of assignments.rows) {
      if (journals.length >= opts.teachers) break;
      if (seenTeachers.has(a.teacher)) continue;
      seenTeachers.add(a.teacher);
      const lessons = await client.query<{ id: number }>(
        `SELECT l.id FROM "Lesson" l JOIN "Term" t ON t."schoolId" = l."schoolId" AND t.number = $2 AND l.date BETWEEN t."startDate" AND t."endDate"
         WHERE l."schoolId" = $3 AND l."assignmentId" = $1 AND NOT t."isLocked" ORDER BY l.date DESC LIMIT 10`,
        [a.id, term, a.school],
      );
      const students = await client.query<{ id: number }>(`SELECT "studentId" AS id FROM "Enrolment" WHERE "classId" = $1 ORDER BY "studentId"`, [a.class]);
      const kind = await client.query<{ id: number }>(`SELECT id FROM "WorkKind" WHERE "schoolId" = $1 AND "isDefault" LIMIT 1`, [a.school]);
      journals.push({
        login: `bench-t${a.teacher}`,
        teacherId: a.teacher,
        assignmentId: a.id,
        classSize: a.size,
        lessonIds: lessons.rows.map((l) => l.id),
        studentIds: students.rows.map((s) => s.id),
        workKindId: kind.rows[0].id,
      });
    }
    const people = await client.query<{ login: string }>(`SELECT login FROM "User" WHERE login LIKE 'bench-%' ORDER BY hashint4(id) LIMIT $1`, [opts.logins]);
    return { readers, weeks, journals, term, logins: people.rows.map((r) => r.login) };
  } finally {
    await client.end();
  }
}
