// The rules and figures of a term or year mark, from what the server read: which term it belongs
// to and whether that term is locked, the pupil's enrolment, the school's scale, and the average
// and suggestion the grading functions give. Pure.
import { ActionError } from "@/lib/errors";
import { suggestMark, suggestYearMark, type TThresholds, weightedAverage } from "@/lib/grading/term-mark";
import type { TJournalFinalMark, TJournalTerm } from "./types";

/** `id` is the 64-bit id as its decimal string (it comes through JSON). */
export type TFinalRow = Omit<TJournalFinalMark, "studentId"> & { id: string };

export type TFinalContext = {
  schoolId: number;
  yearId: number;
  subjectId: number;
  teacherId: number;
  homeroomTeacherId: number | null;
  grade: number;
  allowedValues: number[];
  ungradedGrades: number[];
  thresholds: TThresholds;
  terms: TJournalTerm[];
  spans: { from: string; to: string | null }[];
  inSubgroup: boolean;
  marks: { date: string; value: number | null; isPending: boolean; weight: number }[];
  finals: TFinalRow[];
};

export type TFinalMarkInput = { status: "GRADED"; value: number } | { status: "NOT_ASSESSED" } | { status: "EXEMPT" } | null;

export type TFinalFigures = Omit<TFinalRow, "id" | "period"> & { termId: number | null };

const overlaps = (span: { from: string; to: string | null }, from: string, to: string) => span.from <= to && (span.to === null || span.to >= from);

/** Throws the first rule the mark breaks; returns what to store (null: remove the mark). */
export function finalMarkFigures(ctx: TFinalContext, period: number, mark: TFinalMarkInput): TFinalFigures | null {
  const term = period === 0 ? ctx.terms[ctx.terms.length - 1] : ctx.terms.find((t) => t.number === period);
  if (!term) throw new ActionError("not_found");
  if (term.isLocked) throw new ActionError("term_locked");
  const from = period === 0 ? ctx.terms[0].startDate : term.startDate;
  if (!ctx.inSubgroup || !ctx.spans.some((s) => overlaps(s, from, term.endDate))) throw new ActionError("not_enrolled");
  if (ctx.ungradedGrades.includes(ctx.grade)) throw new ActionError("grade_not_marked");
  if (mark === null) return null;
  if (mark.status === "GRADED" && !ctx.allowedValues.includes(mark.value)) throw new ActionError("value_not_allowed", { value: String(mark.value) });

  let average: number | null;
  let suggested: number | null;
  if (period === 0) {
    const termValues = ctx.finals.filter((f) => f.period > 0 && f.status === "GRADED").map((f) => f.value);
    const given = termValues.filter((v): v is number => v !== null);
    average = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
    suggested = suggestYearMark(termValues, ctx.thresholds);
  } else {
    average = weightedAverage(ctx.marks.filter((m) => m.date >= term.startDate && m.date <= term.endDate));
    suggested = suggestMark(average, ctx.thresholds);
  }
  const value = mark.status === "GRADED" ? mark.value : null;
  return {
    termId: period === 0 ? null : term.id,
    status: mark.status,
    value,
    average,
    suggested,
    isOverride: mark.status === "GRADED" && suggested !== null && value !== suggested,
  };
}
