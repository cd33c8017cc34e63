// Joins what lib/reports/term-outcomes.ts reads into one cell per pupil × subject of a class: the
// term mark, an exemption, the marks to average. Pure (no Prisma, no Next), so the join is tested
// on hand-made rows; it runs over tens of thousands of cells for a large school, hence numeric
// keys and no per-cell allocations beyond the cell itself.
import type { TFinalOutcome } from "@/lib/grading/report-figures";
import type { TThresholds, TWeightedMark } from "@/lib/grading/term-mark";
import { countedOutcome, type TTermCell, termCell } from "@/lib/grading/term-outcome";

export type TTermRow = { id: number; schoolId: number; thresholds: TThresholds };
export type TPupilRow = { termId: number; classId: number; studentId: number; leftOn: string | null };
export type TSubjectRow = { termId: number; classId: number; subjectId: number };
export type TKeyRow = { termId: number; studentId: number; subjectId: number };
export type TFinalRow = TKeyRow & { status: "GRADED" | "NOT_ASSESSED" | "EXEMPT"; value: number | null };
/** [termId, studentId, subjectId, weight, isPending, total, n]: `n` marks with a value, adding up to `total`, all of one weight. */
export type TMarkGroup = [number, number, number, number, boolean, number | null, number];

export type TOutcomeRow = {
  termId: number;
  schoolId: number;
  classId: number;
  studentId: number;
  subjectId: number;
  /** The last day in the class, when the pupil left it before the term ended. */
  leftOn: string | null;
  cell: TTermCell;
  /** What the cell adds to the figures; null when it is not counted. */
  outcome: TFinalOutcome | null;
};

/** Values by (term, pupil, subject). Numeric keys: subject ids stay below 2^21, pupil ids below 2^31. */
class CellMap<T> {
  private readonly byTerm = new Map<number, Map<number, T>>();
  private static key = (studentId: number, subjectId: number) => studentId * 2_097_152 + subjectId;
  get(termId: number, studentId: number, subjectId: number): T | undefined {
    return this.byTerm.get(termId)?.get(CellMap.key(studentId, subjectId));
  }
  set(termId: number, studentId: number, subjectId: number, value: T): void {
    let cells = this.byTerm.get(termId);
    if (!cells) {
      cells = new Map();
      this.byTerm.set(termId, cells);
    }
    cells.set(CellMap.key(studentId, subjectId), value);
  }
}

const NO_MARKS: readonly TWeightedMark[] = [];

export function joinOutcomes(input: {
  terms: readonly TTermRow[];
  pupils: readonly TPupilRow[];
  subjects: readonly TSubjectRow[];
  finals: readonly TFinalRow[];
  exemptions: readonly TKeyRow[];
  markGroups: readonly TMarkGroup[];
}): TOutcomeRow[] {
  const termOf = new Map(input.terms.map((t) => [t.id, t]));
  const finalOf = new CellMap<TFinalRow>();
  for (const f of input.finals) finalOf.set(f.termId, f.studentId, f.subjectId, f);
  const exempt = new CellMap<true>();
  for (const x of input.exemptions) exempt.set(x.termId, x.studentId, x.subjectId, true);
  const marksOf = new CellMap<TWeightedMark[]>();
  for (const [termId, studentId, subjectId, weight, isPending, total, n] of input.markGroups) {
    // n marks of one weight count as their mean with n times the weight: the same Σ(mark × weight).
    const mark = { value: n === 0 || total === null ? null : total / n, weight: weight * n, isPending };
    const list = marksOf.get(termId, studentId, subjectId);
    if (list) list.push(mark);
    else marksOf.set(termId, studentId, subjectId, [mark]);
  }
  const subjectsOf = new Map<number, Map<number, number[]>>();
  for (const s of input.subjects) {
    let byClass = subjectsOf.get(s.termId);
    if (!byClass) {
      byClass = new Map();
      subjectsOf.set(s.termId, byClass);
    }
    const list = byClass.get(s.classId);
    if (list) list.push(s.subjectId);
    else byClass.set(s.classId, [s.subjectId]);
  }
  const rows: TOutcomeRow[] = [];
  for (const p of input.pupils) {
    const term = termOf.get(p.termId);
    const subjectIds = subjectsOf.get(p.termId)?.get(p.classId);
    if (!term || !subjectIds) continue;
    const hasLeft = p.leftOn !== null;
    for (const subjectId of subjectIds) {
      const final = finalOf.get(p.termId, p.studentId, subjectId);
      const cell = termCell(
        {
          final: final ? { status: final.status, value: final.value } : null,
          isExempt: exempt.get(p.termId, p.studentId, subjectId) === true,
          marks: marksOf.get(p.termId, p.studentId, subjectId) ?? NO_MARKS,
        },
        term.thresholds,
      );
      rows.push({
        termId: p.termId,
        schoolId: term.schoolId,
        classId: p.classId,
        studentId: p.studentId,
        subjectId,
        leftOn: p.leftOn,
        cell,
        outcome: countedOutcome(cell, hasLeft),
      });
    }
  }
  return rows;
}
