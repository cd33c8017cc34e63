// The school summary (every class of the year, the figures of a term, the school's total) and the
// region summary (every school of the region, the same figures). Each is a fixed handful of
// statements whatever the number of classes or schools: aggregate SQL, not a query per class, and
// the figures counted in PostgreSQL (class-figures.ts), not cell by cell in JS.
import "server-only";
import { db, replicaRead } from "@/lib/db";
import type { TReportFigures } from "@/lib/grading/report-figures";
import { addCounts, figuresOfCounts, loadClassCounts } from "./class-figures";
import type { TReportTerm } from "./term-sheet";

type THeadcount = { termId: number; schoolId: number; classId: number; grade: number; pupils: number };

/** Classes of each term's year and the pupils enrolled in each on the term's last day. */
async function headcounts(termIds: number[]): Promise<THeadcount[]> {
  return db.$queryRaw<THeadcount[]>`
    SELECT t.id AS "termId", c."schoolId", c.id AS "classId", c.grade,
      count(DISTINCT e."studentId")::int AS pupils
    FROM "Term" t
    JOIN "SchoolClass" c ON c."schoolId" = t."schoolId" AND c."yearId" = t."yearId"
    LEFT JOIN "Enrolment" e ON e."schoolId" = c."schoolId" AND e."classId" = c.id
      AND e."startDate" <= t."endDate" AND (e."endDate" IS NULL OR e."endDate" >= t."endDate")
    WHERE t.id = ANY(${termIds}::int[])
    GROUP BY t.id, c."schoolId", c.id, c.grade`;
}

const EMPTY = figuresOfCounts(addCounts([]));

export type TClassSummary = {
  id: number;
  grade: number;
  letter: string;
  homeroom: { lastName: string; firstName: string; middleName: string | null } | null;
  pupils: number;
  /** The school gives no marks in this grade (first grade): no figures to expect. */
  isUngraded: boolean;
  figures: TReportFigures;
};

export type TSchoolSummary = { classes: TClassSummary[]; pupils: number; total: TReportFigures };

export async function getSchoolSummary(schoolId: number, yearId: number, term: TReportTerm): Promise<TSchoolSummary> {
  return replicaRead(async () => {
    const [classes, settings, counts, figures] = await Promise.all([
      db.schoolClass.findMany({
        where: { schoolId, yearId },
        orderBy: [{ grade: "asc" }, { letter: "asc" }],
        select: { id: true, grade: true, letter: true, homeroomTeacher: { select: { lastName: true, firstName: true, middleName: true } } },
      }),
      db.gradingSettings.findUnique({ where: { schoolId }, select: { ungradedGrades: true } }),
      headcounts([term.id]),
      loadClassCounts([term.id]),
    ]);
    const ungraded = settings?.ungradedGrades ?? [1];
    const pupilsOf = new Map(counts.map((c) => [c.classId, c.pupils]));
    const byClass = new Map(figures.map((f) => [f.classId, figuresOfCounts(f)]));
    return {
      classes: classes.map((c) => ({
        id: c.id,
        grade: c.grade,
        letter: c.letter,
        homeroom: c.homeroomTeacher,
        pupils: pupilsOf.get(c.id) ?? 0,
        isUngraded: ungraded.includes(c.grade),
        figures: byClass.get(c.id) ?? EMPTY,
      })),
      pupils: counts.reduce((s, c) => s + c.pupils, 0),
      total: figuresOfCounts(addCounts(figures)),
    };
  });
}

export type TSchoolRow = {
  id: number;
  nameRu: string;
  nameTt: string;
  municipality: { nameRu: string; nameTt: string };
  /** False when the school's current year has no term of this number. */
  hasTerm: boolean;
  classes: number;
  pupils: number;
  figures: TReportFigures;
};

export type TRegionSummary = { schools: TSchoolRow[]; classes: number; pupils: number; total: TReportFigures };

/** Term number `termNumber` of each school's current year, across the region. */
export async function getRegionSummary(regionId: number, termNumber: number): Promise<TRegionSummary> {
  return replicaRead(async () => {
    const [schools, terms] = await Promise.all([
      db.school.findMany({
        where: { regionId, isActive: true },
        orderBy: [{ municipality: { nameRu: "asc" } }, { nameRu: "asc" }],
        select: { id: true, nameRu: true, nameTt: true, municipality: { select: { nameRu: true, nameTt: true } } },
      }),
      db.term.findMany({
        where: { number: termNumber, year: { isCurrent: true }, school: { regionId, isActive: true } },
        select: { id: true, schoolId: true },
      }),
    ]);
    const termIds = terms.map((t) => t.id);
    const [counts, figures] = await Promise.all([headcounts(termIds), loadClassCounts(termIds)]);
    const schoolsWithTerm = new Set(terms.map((t) => t.schoolId));
    const rowsOut = schools.map((s) => {
      const own = counts.filter((c) => c.schoolId === s.id);
      const ownFigures = figures.filter((f) => f.schoolId === s.id);
      return {
        ...s,
        hasTerm: schoolsWithTerm.has(s.id),
        classes: own.length,
        pupils: own.reduce((sum, c) => sum + c.pupils, 0),
        figures: ownFigures.length > 0 ? figuresOfCounts(addCounts(ownFigures)) : EMPTY,
      };
    });
    return {
      schools: rowsOut,
      classes: counts.length,
      pupils: counts.reduce((s, c) => s + c.pupils, 0),
      total: figuresOfCounts(addCounts(figures)),
    };
  });
}

/** Term numbers and dates to offer on the region summary: those of the region's current years. */
export async function getRegionTerms(regionId: number): Promise<{ number: number; startDate: string; endDate: string; termKind: "QUARTER" | "TRIMESTER" }[]> {
  return db.$queryRaw`
    SELECT t.number, min(y."termKind"::text) AS "termKind", to_char(min(t."startDate"), 'YYYY-MM-DD') AS "startDate", to_char(max(t."endDate"), 'YYYY-MM-DD') AS "endDate"
    FROM "Term" t JOIN "AcademicYear" y ON y.id = t."yearId" AND y."isCurrent" JOIN "School" s ON s.id = t."schoolId"
    WHERE s."regionId" = ${regionId} AND s."isActive"
    GROUP BY t.number ORDER BY t.number`;
}
