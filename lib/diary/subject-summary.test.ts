import { describe, expect, it } from "vitest";
import { THRESHOLDS } from "@/lib/grading/term-mark";
import { adviceFor, buildSubjectRows, type TTermMark } from "./subject-summary";

const w1 = (...values: number[]) => values.map((value) => ({ value, weight: 1 }));

describe("what do I need", () => {
  it("says two more fives of weight 1 raise 5, 4, 4 (4.33) to a five", () => {
    expect(adviceFor(w1(5, 4, 4), THRESHOLDS.T260, 1)).toEqual([{ target: 5, value: 5, weight: 1, count: 2 }]);
  });
  it("offers fives and fours when a four is the next step", () => {
    // 3, 3, 4 → 3.33 → 3; to reach 3.6: one five (3.75) or two fours (3.6).
    expect(adviceFor(w1(3, 3, 4), THRESHOLDS.T260, 1)).toEqual([
      { target: 4, value: 5, weight: 1, count: 1 },
      { target: 4, value: 4, weight: 1, count: 2 },
    ]);
  });
  it("counts heavier marks as fewer", () => {
    expect(adviceFor(w1(5, 4, 4), THRESHOLDS.T260, 3)).toEqual([{ target: 5, value: 5, weight: 3, count: 1 }]);
  });
  it("follows the school's thresholds", () => {
    // 4.5 is a five under 2.5/3.5/4.5 but a four under 2.6/3.6/4.6.
    expect(adviceFor(w1(5, 4), THRESHOLDS.T250, 1)).toEqual([]);
    expect(adviceFor(w1(5, 4), THRESHOLDS.T260, 1)).toEqual([{ target: 5, value: 5, weight: 1, count: 1 }]);
  });
  it("has nothing to say with no marks, only points, or a five already", () => {
    expect(adviceFor([], THRESHOLDS.T260, 1)).toEqual([]);
    expect(adviceFor([{ value: null, weight: 1, isPending: true }], THRESHOLDS.T260, 1)).toEqual([]);
    expect(adviceFor(w1(5, 5, 4), THRESHOLDS.T260, 1)).toEqual([]);
  });
});

describe("a term by subject", () => {
  const kind = { nameRu: "Ответ", nameTt: "Җавап", weight: 1 };
  const test = { nameRu: "Контрольная", nameTt: "Контроль эш", weight: 3 };
  const mark = (id: number, subjectId: number, date: string, value: number | null, workKind = kind, isPending = false): TTermMark => ({
    id: String(id),
    subjectId,
    date,
    value,
    isPending,
    comment: null,
    workKind,
  });
  const subjects = [
    { id: 2, nameRu: "История", nameTt: "Тарих", sortOrder: 2 },
    { id: 1, nameRu: "Математика", nameTt: "Математика", sortOrder: 1 },
    { id: 3, nameRu: "Биология", nameTt: "Биология", sortOrder: 2 },
  ];
  const marks = [mark(1, 1, "2026-11-20", 5), mark(2, 1, "2026-11-10", 3, test), mark(3, 1, "2026-11-12", null, kind, true), mark(4, 2, "2026-11-11", 4)];
  const rows = buildSubjectRows(subjects, marks, [{ subjectId: 2, status: "GRADED", value: 4 }], THRESHOLDS.T260, 1);

  it("orders subjects as the school does, then by name", () => {
    expect(rows.map((r) => r.subject.id)).toEqual([1, 3, 2]);
  });
  it("lists each subject's marks by date and weighs its average", () => {
    expect(rows[0].marks.map((m) => m.id)).toEqual(["2", "3", "1"]);
    expect(rows[0].averageText).toBe("3.50");
    expect(rows[0].suggested).toBe(3);
    expect(rows[0].advice[0]).toEqual({ target: 4, value: 5, weight: 1, count: 1 });
  });
  it("keeps a subject with no marks, with no average", () => {
    expect(rows[1]).toMatchObject({ marks: [], average: null, averageText: "", suggested: null, final: null, advice: [] });
  });
  it("shows the term mark and no advice once it is set", () => {
    expect(rows[2]).toMatchObject({ final: { status: "GRADED", value: 4 }, advice: [] });
  });
});
