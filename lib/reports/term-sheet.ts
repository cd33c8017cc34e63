// The class term sheet (сводная ведомость) and the teacher's report of one assignment: pupils ×
// subjects with the term mark or the suggestion, and the figures per subject and for the class.
import "server-only";
import { cache } from "react";
import { db, replicaRead } from "@/lib/db";
import type { TReportFigures } from "@/lib/grading/report-figures";
import type { TTermCell } from "@/lib/grading/term-outcome";
import { fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import type { TReportAssignment, TReportClass } from "./access";
import { cellKey } from "./format";
import { figuresBy, figuresOf, loadTermOutcomes } from "./term-outcomes";

export type TReportTerm = { id: number; number: number; startDate: TIsoDate; endDate: TIsoDate; isLocked: boolean };
export type TReportYear = { id: number; schoolId: number; name: string; termKind: "QUARTER" | "TRIMESTER"; isCurrent: boolean; terms: TReportTerm[] };

const termSelect = { id: true, number: true, startDate: true, endDate: true, isLocked: true } as const;
const toTerm = (t: { id: number; number: number; startDate: Date; endDate: Date; isLocked: boolean }): TReportTerm => ({
  ...t,
  startDate: toIsoDate(t.startDate),
  endDate: toIsoDate(t.endDate),
});

/** A school year with its terms in order. */
export const getReportYear = cache(async (yearId: number): Promise<TReportYear | null> => {
  const year = await db.academicYear.findUnique({
    where: { id: yearId },
    select: { id: true, schoolId: true, name: true, termKind: true, isCurrent: true, terms: { select: termSelect, orderBy: { number: "asc" } } },
  });
  return year && { ...year, terms: year.terms.map(toTerm) };
});

/** The current year of a school, for the school summary. */
export const getCurrentReportYear = cache(async (schoolId: number): Promise<TReportYear | null> => {
  const year = await db.academicYear.findFirst({ where: { schoolId, isCurrent: true }, select: { id: true } });
  return year ? getReportYear(year.id) : null;
});

export type TSheetPupil = {
  id: number;
  lastName: string;
  firstName: string;
  /** Joined the class after the term began. */
  joinedOn: TIsoDate | null;
  /** Left the class before the term ended: listed, not counted. */
  leftOn: TIsoDate | null;
};

export type TSheetSubject = { id: number; nameRu: string; nameTt: string; shortNameRu: string | null; shortNameTt: string | null };

/** Pupils enrolled in the class at some time during the term (members of a subgroup only, if named), by name. */
async function termPupils(schoolId: number, classId: number, term: TReportTerm, subgroupId: number | null): Promise<TSheetPupil[]> {
  const from = fromIsoDate(term.startDate);
  const to = fromIsoDate(term.endDate);
  const enrolments = await db.enrolment.findMany({
    where: {
      schoolId,
      classId,
      startDate: { lte: to },
      OR: [{ endDate: null }, { endDate: { gte: from } }],
      ...(subgroupId ? { student: { subgroupMemberships: { some: { subgroupId } } } } : {}),
    },
    select: { studentId: true, startDate: true, endDate: true, student: { select: { lastName: true, firstName: true } } },
  });
  const byPupil = new Map<number, TSheetPupil & { stays: boolean }>();
  for (const e of enrolments) {
    const start = toIsoDate(e.startDate);
    const end = e.endDate ? toIsoDate(e.endDate) : null;
    const p = byPupil.get(e.studentId) ?? { id: e.studentId, ...e.student, joinedOn: null, leftOn: null, stays: false };
    if (start > term.startDate && (p.joinedOn === null || start < p.joinedOn)) p.joinedOn = start;
    if (end === null || end >= term.endDate) p.stays = true;
    else if (p.leftOn === null || end > p.leftOn) p.leftOn = end;
    byPupil.set(e.studentId, p);
  }
  return [...byPupil.values()]
    .map(({ stays, ...p }) => ({ ...p, leftOn: stays ? null : p.leftOn }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, "ru") || a.firstName.localeCompare(b.firstName, "ru"));
}

export type TTermSheet = {
  pupils: TSheetPupil[];
  subjects: TSheetSubject[];
  /** By cellKey(studentId, subjectId). */
  cells: Map<string, TTermCell>;
  bySubject: Map<number, TReportFigures>;
  total: TReportFigures;
};

export async function getTermSheet(cls: TReportClass, term: TReportTerm): Promise<TTermSheet> {
  return replicaRead(async () => {
    const [pupils, assignments, rows] = await Promise.all([
      termPupils(cls.schoolId, cls.id, term, null),
      db.teachingAssignment.findMany({
        where: { schoolId: cls.schoolId, classId: cls.id, yearId: cls.yearId },
        distinct: ["subjectId"],
        select: { subjectId: true, subject: { select: { id: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true, sortOrder: true } } },
      }),
      loadTermOutcomes({ termIds: [term.id], classIds: [cls.id] }),
    ]);
    const subjects = assignments
      .map((a) => a.subject)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.nameRu.localeCompare(b.nameRu, "ru"))
      .map(({ sortOrder: _s, ...s }) => s);
    return {
      pupils,
      subjects,
      cells: new Map(rows.map((r) => [cellKey(r.studentId, r.subjectId), r.cell])),
      bySubject: figuresBy(rows, (r) => r.subjectId),
      total: figuresOf(rows),
    };
  });
}

export type TAssignmentReport = { pupils: (TSheetPupil & { cell: TTermCell })[]; figures: TReportFigures };

/** The teacher's report of one assignment: its pupils (of the subgroup, if it teaches one) in its subject. */
export async function getAssignmentReport(a: TReportAssignment, term: TReportTerm): Promise<TAssignmentReport> {
  return replicaRead(async () => {
    const [pupils, rows] = await Promise.all([
      termPupils(a.schoolId, a.classId, term, a.subgroupId),
      loadTermOutcomes({ termIds: [term.id], classIds: [a.classId], subjectIds: [a.subjectId], subgroupId: a.subgroupId }),
    ]);
    const cells = new Map(rows.map((r) => [r.studentId, r.cell]));
    return {
      pupils: pupils.map((p) => ({ ...p, cell: cells.get(p.id) ?? { kind: "none" } })),
      figures: figuresOf(rows),
    };
  });
}
