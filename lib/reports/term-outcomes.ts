// The one read behind every term report: for given terms (one school's, or one per school of a
// region), each pupil enrolled in a class during the term × each subject taught to that class,
// with the term mark, whether an exemption overlaps the term, and the pupil's marks in the subject
// added up by weight. Six plain statements run at once, whatever the number of classes or schools,
// each simple enough for PostgreSQL to plan well (one statement of CTEs joined together was
// planned on row estimates of 1 and took half a second on the demo school); outcome-join.ts joins
// them, lib/grading/term-outcome.ts decides each cell and lib/grading/report-figures.ts counts.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";
import { reportFigures, type TReportFigures } from "@/lib/grading/report-figures";
import { type TThresholdSetting, thresholdsOf } from "@/lib/grading/term-mark";
import { joinOutcomes, type TFinalRow, type TKeyRow, type TOutcomeRow, type TPupilRow, type TSubjectRow, type TTermRow } from "./outcome-join";

export type { TOutcomeRow };

export type TOutcomeFilter = {
  termIds: number[];
  /** Only these classes; their pupils' marks are then read by pupil rather than by the whole school's lessons. */
  classIds?: number[];
  subjectIds?: number[];
  /** Only members of this subgroup (a teaching assignment of part of a class). */
  subgroupId?: number | null;
};

const ids = (list: number[] | undefined) => (list ? Prisma.sql`${list}::int[]` : Prisma.sql`NULL::int[]`);

export async function loadTermOutcomes(filter: TOutcomeFilter): Promise<TOutcomeRow[]> {
  if (filter.termIds.length === 0) return [];
  const termIds = filter.termIds;
  const classIds = ids(filter.classIds);
  const subjectIds = ids(filter.subjectIds);
  const subgroupId = filter.subgroupId ?? null;
  // For some classes, term marks and exemptions of their pupils (any enrolment in them).
  const ofPupils = (column: Prisma.Sql) =>
    filter.classIds ? Prisma.sql`AND ${column} IN (SELECT e."studentId" FROM "Enrolment" e WHERE e."classId" = ANY(${classIds}))` : Prisma.empty;
  // Marks of equal weight are added up here (GROUP BY); weightedAverage then weighs the groups.
  // Tens of thousands of groups for a school come back as one JSON document: decoding them as
  // rows cost more than the query. A whole school's marks are found through its lessons of the
  // term; some classes' through their pupils, fenced off in a materialized CTE because the
  // planner otherwise read every mark of the school's term and kept the pupils' (117,000 rows for
  // 3,000 on a 1,400-pupil school).
  const readMarks = (studentIds: number[] | null) => {
    const pupilMarks = studentIds
      ? Prisma.sql`WITH pupil_marks AS MATERIALIZED (
          SELECT m."lessonId", m."studentId", m."workKindId", m.value, m."isPending" FROM "Mark" m
          WHERE m."schoolId" IN (SELECT "schoolId" FROM "Term" WHERE id = ANY(${termIds}::int[])) AND m."studentId" = ANY(${studentIds}::int[]))`
      : Prisma.empty;
    const marks = studentIds ? Prisma.sql`pupil_marks m ON m."lessonId" = l.id` : Prisma.sql`"Mark" m ON m."schoolId" = t."schoolId" AND m."lessonId" = l.id`;
    return db.$queryRaw<{ doc: string | null }[]>`
      ${pupilMarks}
      SELECT json_agg(json_build_array(g."termId", g."studentId", g."subjectId", g.weight, g."isPending", g.total, g.n))::text AS doc
      FROM (
        SELECT t.id AS "termId", m."studentId", a."subjectId", w.weight, m."isPending", sum(m.value)::int AS total, count(m.value)::int AS n
        FROM "Term" t
        JOIN "Lesson" l ON l."schoolId" = t."schoolId" AND l.date BETWEEN t."startDate" AND t."endDate"
        JOIN ${marks}
        JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
        JOIN "WorkKind" w ON w.id = m."workKindId"
        WHERE t.id = ANY(${termIds}::int[]) AND (${subjectIds} IS NULL OR a."subjectId" = ANY(${subjectIds}))
        GROUP BY t.id, m."studentId", a."subjectId", w.weight, m."isPending"
      ) g`;
  };
  const [terms, pupils, subjects, finals, exemptions, [wholeMarks]] = await Promise.all([
    db.$queryRaw<(Omit<TTermRow, "thresholds"> & TThresholdSetting)[]>`
      SELECT t.id, t."schoolId", COALESCE(g."thresholdPreset"::text, ${DEFAULT_GRADING.thresholdPreset}) AS "thresholdPreset",
        g."customThree", g."customFour", g."customFive"
      FROM "Term" t LEFT JOIN "GradingSettings" g ON g."schoolId" = t."schoolId"
      WHERE t.id = ANY(${termIds}::int[])`.then((rows) => rows.map((r): TTermRow => ({ id: r.id, schoolId: r.schoolId, thresholds: thresholdsOf(r) }))),
    // A pupil with several enrolments in the class during the term is one row; they "left" when
    // none of them reaches the term's last day.
    db.$queryRaw<TPupilRow[]>`
      SELECT t.id AS "termId", e."classId", e."studentId",
        CASE WHEN bool_or(e."endDate" IS NULL OR e."endDate" >= t."endDate") THEN NULL ELSE to_char(max(e."endDate"), 'YYYY-MM-DD') END AS "leftOn"
      FROM "Term" t
      JOIN "SchoolClass" c ON c."schoolId" = t."schoolId" AND c."yearId" = t."yearId"
      JOIN "Enrolment" e ON e."schoolId" = c."schoolId" AND e."classId" = c.id
      WHERE t.id = ANY(${termIds}::int[])
        AND e."startDate" <= t."endDate" AND (e."endDate" IS NULL OR e."endDate" >= t."startDate")
        AND (${classIds} IS NULL OR c.id = ANY(${classIds}))
        AND (${subgroupId}::int IS NULL OR EXISTS (
          SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = ${subgroupId}::int AND sm."studentId" = e."studentId"))
      GROUP BY t.id, t."endDate", e."classId", e."studentId"`,
    db.$queryRaw<TSubjectRow[]>`
      SELECT DISTINCT t.id AS "termId", a."classId", a."subjectId"
      FROM "Term" t JOIN "TeachingAssignment" a ON a."schoolId" = t."schoolId" AND a."yearId" = t."yearId"
      WHERE t.id = ANY(${termIds}::int[])
        AND (${classIds} IS NULL OR a."classId" = ANY(${classIds}))
        AND (${subjectIds} IS NULL OR a."subjectId" = ANY(${subjectIds}))`,
    db.$queryRaw<TFinalRow[]>`
      SELECT t.id AS "termId", f."studentId", f."subjectId", f.status::text AS status, f.value
      FROM "Term" t JOIN "FinalMark" f ON f."yearId" = t."yearId" AND f.period = t.number AND f.kind = 'TERM' AND f."schoolId" = t."schoolId"
      WHERE t.id = ANY(${termIds}::int[]) AND (${subjectIds} IS NULL OR f."subjectId" = ANY(${subjectIds})) ${ofPupils(Prisma.sql`f."studentId"`)}`,
    db.$queryRaw<TKeyRow[]>`
      SELECT DISTINCT t.id AS "termId", x."studentId", x."subjectId"
      FROM "Term" t JOIN "Exemption" x ON x."schoolId" = t."schoolId"
        AND x."startDate" <= t."endDate" AND (x."endDate" IS NULL OR x."endDate" >= t."startDate")
      WHERE t.id = ANY(${termIds}::int[]) AND (${subjectIds} IS NULL OR x."subjectId" = ANY(${subjectIds})) ${ofPupils(Prisma.sql`x."studentId"`)}`,
    filter.classIds ? [{ doc: null }] : readMarks(null),
  ]);
  const studentIds = [...new Set(pupils.map((p) => p.studentId))];
  const [markDoc] = filter.classIds && studentIds.length > 0 ? await readMarks(studentIds) : [wholeMarks];
  return joinOutcomes({ terms, pupils, subjects, finals, exemptions, markGroups: JSON.parse(markDoc?.doc ?? "[]") });
}

/** Figures over the rows (all of them, or those of one key), by the one formula of lib/grading. */
export function figuresOf(rows: readonly TOutcomeRow[]): TReportFigures {
  return reportFigures(rows.flatMap((r) => (r.outcome === null ? [] : [r.outcome])));
}

/** Figures per key (class, subject, school …), for every key that has rows. */
export function figuresBy<K>(rows: readonly TOutcomeRow[], keyOf: (row: TOutcomeRow) => K): Map<K, TReportFigures> {
  const groups = new Map<K, TOutcomeRow[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return new Map([...groups].map(([k, g]) => [k, figuresOf(g)]));
}
