// The figures of every class of some terms (one school's, or one per school of a region), counted
// inside PostgreSQL: one statement returns a row of counts per class, where loadTermOutcomes
// (term-outcomes.ts) returns a row per pupil × subject for lib/grading to count in JS. The
// summaries need only the counts; at a region's 600,000 cells the rows cost seconds to move and
// join. The rules are those of lib/grading/term-outcome.ts, restated in SQL, and
// class-figures.integration.test.ts compares the two on the same data so they cannot drift:
//   - a cell is a pupil still in the class on the term's last day × a subject taught to the class
//     that year (a pupil who left mid-term is not counted there: they count in the class they
//     moved to, if any);
//   - exempt (an Exemption overlapping the term, or a term mark EXEMPT): not counted;
//   - a term mark the teacher set counts as set (н/а, or its value: 5, 4, 3, else 2);
//   - else the weighted average of the pupil's marks in the subject during the term (pending
//     points, marks without a value and weights ≤ 0 left out), rounded half up to two decimals
//     exactly as JS does it (float8 is IEEE double, like a JS number), against the school's
//     thresholds (its preset in THRESHOLDS, or its own three numbers); no mark, nothing counted.
// Every mark of the terms' lessons is read, as loadTermOutcomes does: reading only those of pupils
// whom no term mark decides was tried and was slower on the benchmark district, where a quarter
// with its term marks set still leaves a quarter of the pupils with some undecided cell (the first
// grade, subjects without marks), and a pupil's marks can only be found by pupil for the whole year.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";
import { reportFigures, type TFinalOutcome, type TReportFigures } from "@/lib/grading/report-figures";
import { THRESHOLDS } from "@/lib/grading/term-mark";

export type TOutcomeCounts = { fives: number; fours: number; threes: number; twos: number; notAssessed: number };
export type TClassCounts = TOutcomeCounts & { termId: number; schoolId: number; classId: number };

const PRESETS = Prisma.join(Object.entries(THRESHOLDS).map(([preset, t]) => Prisma.sql`(${preset}, ${t.three}::float8, ${t.four}::float8, ${t.five}::float8)`));

/** Counts of counted outcomes per class of the given terms; classes with no cell have no row. */
export async function loadClassCounts(termIds: number[]): Promise<TClassCounts[]> {
  if (termIds.length === 0) return [];
  const terms = Prisma.sql`${termIds}::int[]`;
  return db.$queryRaw<TClassCounts[]>`
    SELECT o."termId", o."schoolId", o."classId",
      count(*) FILTER (WHERE o.outcome = 5)::int AS fives, count(*) FILTER (WHERE o.outcome = 4)::int AS fours,
      count(*) FILTER (WHERE o.outcome = 3)::int AS threes, count(*) FILTER (WHERE o.outcome = 2)::int AS twos,
      count(*) FILTER (WHERE o.outcome = 0)::int AS "notAssessed"
    FROM (
      SELECT k."termId", t."schoolId", unnest(k.classes) AS "classId",
        CASE
          WHEN k."isExempt" OR k.status = 'EXEMPT' THEN NULL
          WHEN k.status = 'NOT_ASSESSED' THEN 0
          WHEN k.status = 'GRADED' AND k.value IS NOT NULL THEN GREATEST(LEAST(k.value, 5), 2)
          WHEN r.shown IS NULL THEN NULL
          WHEN r.shown >= th.five THEN 5 WHEN r.shown >= th.four THEN 4 WHEN r.shown >= th.three THEN 3 ELSE 2
        END AS outcome
      FROM (
        -- One row per (term, pupil, subject) of the facts below: the classes where it is a cell,
        -- the term mark, an exemption, and the marks' Σ(value × weight) and Σ weight.
        SELECT f."termId", f."studentId", f."subjectId",
          array_agg(f."classId") FILTER (WHERE f."classId" IS NOT NULL) AS classes,
          bool_or(f."isExempt") AS "isExempt", max(f.status) AS status, max(f.value) AS value,
          sum(f.points) AS points, sum(f.weights) AS weights
        FROM (
          SELECT p."termId", p."studentId", s."subjectId", p."classId", false AS "isExempt", NULL::text AS status, NULL::int AS value,
            NULL::float8 AS points, NULL::float8 AS weights
          FROM (
            SELECT DISTINCT t.id AS "termId", e."classId", e."studentId"
            FROM "Term" t
            JOIN "SchoolClass" c ON c."schoolId" = t."schoolId" AND c."yearId" = t."yearId"
            JOIN "Enrolment" e ON e."schoolId" = c."schoolId" AND e."classId" = c.id
            WHERE t.id = ANY(${terms}) AND e."startDate" <= t."endDate" AND (e."endDate" IS NULL OR e."endDate" >= t."endDate")
          ) p
          JOIN (
            SELECT DISTINCT t.id AS "termId", a."classId", a."subjectId"
            FROM "Term" t JOIN "TeachingAssignment" a ON a."schoolId" = t."schoolId" AND a."yearId" = t."yearId"
            WHERE t.id = ANY(${terms})
          ) s ON s."termId" = p."termId" AND s."classId" = p."classId"
          UNION ALL
          SELECT t.id, f."studentId", f."subjectId", NULL, false, f.status::text, f.value, NULL, NULL
          FROM "Term" t
          JOIN "FinalMark" f ON f."schoolId" = t."schoolId" AND f."yearId" = t."yearId" AND f.period = t.number AND f.kind = 'TERM'
          WHERE t.id = ANY(${terms})
          UNION ALL
          SELECT t.id, x."studentId", x."subjectId", NULL, true, NULL, NULL, NULL, NULL
          FROM "Term" t
          JOIN "Exemption" x ON x."schoolId" = t."schoolId" AND x."startDate" <= t."endDate" AND (x."endDate" IS NULL OR x."endDate" >= t."startDate")
          WHERE t.id = ANY(${terms})
          UNION ALL
          SELECT g."termId", g."studentId", a."subjectId", NULL, false, NULL, NULL, g.points, g.weights
          FROM (
            -- Σ(value × weight) and Σ weight per pupil and assignment, then per subject (a subject may have several).
            SELECT t.id AS "termId", m."studentId", l."assignmentId", sum(m.value * w.weight) AS points, sum(w.weight) AS weights
            FROM "Term" t
            JOIN "Lesson" l ON l."schoolId" = t."schoolId" AND l.date BETWEEN t."startDate" AND t."endDate"
            JOIN "Mark" m ON m."schoolId" = l."schoolId" AND m."lessonId" = l.id
            JOIN "WorkKind" w ON w.id = m."workKindId"
            WHERE t.id = ANY(${terms}) AND m.value IS NOT NULL AND NOT m."isPending" AND w.weight > 0
            GROUP BY t.id, m."studentId", l."assignmentId"
          ) g
          JOIN "TeachingAssignment" a ON a.id = g."assignmentId"
        ) f
        GROUP BY f."termId", f."studentId", f."subjectId"
      ) k
      JOIN "Term" t ON t.id = k."termId"
      LEFT JOIN "GradingSettings" gs ON gs."schoolId" = t."schoolId"
      JOIN (VALUES ${PRESETS}) p (preset, three, four, five)
        ON p.preset = CASE WHEN gs."thresholdPreset" IS NULL OR gs."thresholdPreset" = 'CUSTOM' THEN ${DEFAULT_GRADING.thresholdPreset} ELSE gs."thresholdPreset"::text END
      -- A school's own thresholds when all three are set, as thresholdsOf decides; else its preset.
      CROSS JOIN LATERAL (
        SELECT CASE WHEN custom THEN gs."customThree" ELSE p.three END AS three, CASE WHEN custom THEN gs."customFour" ELSE p.four END AS four,
          CASE WHEN custom THEN gs."customFive" ELSE p.five END AS five
        FROM (SELECT coalesce(gs."thresholdPreset" = 'CUSTOM' AND num_nulls(gs."customThree", gs."customFour", gs."customFive") = 0, false) AS custom) c
      ) th
      CROSS JOIN LATERAL (SELECT floor((k.points / k.weights + ${Number.EPSILON}::float8) * 100 + 0.5) / 100 AS shown) r
      WHERE k.classes IS NOT NULL
    ) o
    GROUP BY o."termId", o."schoolId", o."classId"`;
}

const NONE: TOutcomeCounts = { fives: 0, fours: 0, threes: 0, twos: 0, notAssessed: 0 };

export function addCounts(rows: readonly TOutcomeCounts[]): TOutcomeCounts {
  return rows.reduce(
    (s, r) => ({
      fives: s.fives + r.fives,
      fours: s.fours + r.fours,
      threes: s.threes + r.threes,
      twos: s.twos + r.twos,
      notAssessed: s.notAssessed + r.notAssessed,
    }),
    NONE,
  );
}

/** The figures of these counts, by lib/grading's one formula (reportFigures over the outcomes they count). */
export function figuresOfCounts(c: TOutcomeCounts): TReportFigures {
  const outcomes: TFinalOutcome[] = [];
  const add = (outcome: TFinalOutcome, n: number) => {
    for (let i = 0; i < n; i++) outcomes.push(outcome);
  };
  add(5, c.fives);
  add(4, c.fours);
  add(3, c.threes);
  add(2, c.twos);
  add("not_assessed", c.notAssessed);
  return reportFigures(outcomes);
}
