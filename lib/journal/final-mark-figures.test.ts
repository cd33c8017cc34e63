import { describe, expect, it } from "vitest";
import { THRESHOLDS } from "@/lib/grading/term-mark";
import { finalMarkFigures, type TFinalContext } from "./final-mark-figures";

const ctx = (over: Partial<TFinalContext> = {}): TFinalContext => ({
  schoolId: 1,
  yearId: 1,
  subjectId: 1,
  teacherId: 1,
  homeroomTeacherId: null,
  grade: 5,
  allowedValues: [2, 3, 4, 5],
  ungradedGrades: [1],
  thresholds: THRESHOLDS.T260,
  terms: [
    { id: 11, number: 1, startDate: "2026-09-01", endDate: "2026-10-24", isLocked: true },
    { id: 12, number: 2, startDate: "2026-11-03", endDate: "2026-12-28", isLocked: false },
  ],
  spans: [{ from: "2026-09-01", to: null }],
  inSubgroup: true,
  marks: [],
  finals: [],
  ...over,
});
const mark = (date: string, value: number | null, weight = 1, isPending = false) => ({ date, value, weight, isPending });

describe("a term mark's figures", () => {
  it("average only the term's own marks, by weight, and suggest at the boundary as shown", () => {
    // (5 + 4×3 + 5) / 5 = 4.4; the September 2 is another term's
    const marks = [mark("2026-11-05", 5), mark("2026-11-10", 4, 3), mark("2026-11-20", 5), mark("2026-09-10", 2)];
    expect(finalMarkFigures(ctx({ marks }), 2, { status: "GRADED", value: 4 })).toEqual({
      termId: 12,
      status: "GRADED",
      value: 4,
      average: 4.4,
      suggested: 4,
      isOverride: false,
    });
    // 4.6 exactly earns 5 under 2.6 / 3.6 / 4.6
    const boundary = [mark("2026-11-05", 5, 3), mark("2026-11-06", 4, 2)];
    expect(finalMarkFigures(ctx({ marks: boundary }), 2, { status: "GRADED", value: 4 })).toMatchObject({ average: 4.6, suggested: 5, isOverride: true });
  });
  it("suggest nothing from pending points alone, so no mark is an override", () => {
    const figures = finalMarkFigures(ctx({ marks: [mark("2026-11-05", null, 1, true)] }), 2, { status: "GRADED", value: 3 });
    expect(figures).toMatchObject({ average: null, suggested: null, isOverride: false });
  });
  it("never call 'not assessed' an override", () => {
    expect(finalMarkFigures(ctx({ marks: [mark("2026-11-05", 5)] }), 2, { status: "NOT_ASSESSED" })).toMatchObject({
      value: null,
      suggested: 5,
      isOverride: false,
    });
  });
  it("take the year mark from the graded term marks", () => {
    const finals = [
      { id: "1", period: 1, status: "GRADED" as const, value: 5, average: null, suggested: null, isOverride: false },
      { id: "2", period: 2, status: "NOT_ASSESSED" as const, value: null, average: null, suggested: null, isOverride: false },
    ];
    expect(finalMarkFigures(ctx({ finals }), 0, { status: "GRADED", value: 5 })).toEqual({
      termId: null,
      status: "GRADED",
      value: 5,
      average: 5,
      suggested: 5,
      isOverride: false,
    });
  });
  it("refuse a locked term, a pupil not in the class then, first grade and a value off the scale", () => {
    expect(() => finalMarkFigures(ctx(), 1, null)).toThrow("term_locked");
    expect(() => finalMarkFigures(ctx({ spans: [{ from: "2026-09-01", to: "2026-10-30" }] }), 2, null)).toThrow("not_enrolled");
    expect(() => finalMarkFigures(ctx({ inSubgroup: false }), 2, null)).toThrow("not_enrolled");
    expect(() => finalMarkFigures(ctx({ grade: 1 }), 2, null)).toThrow("grade_not_marked");
    expect(() => finalMarkFigures(ctx(), 2, { status: "GRADED", value: 1 })).toThrow("value_not_allowed");
    expect(() => finalMarkFigures(ctx(), 3, null)).toThrow("not_found");
    expect(finalMarkFigures(ctx(), 2, null)).toBeNull();
  });
});
