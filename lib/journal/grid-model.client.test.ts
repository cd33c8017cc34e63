import { describe, expect, it } from "vitest";
import { columnSlots, isEnrolledOn, navigate, rowAverage, withKept } from "./grid-model.client";

describe("enrolment on a day", () => {
  const spans = [
    { from: "2026-09-01", to: "2026-10-15" },
    { from: "2026-11-10", to: null },
  ];
  it("counts the first and last day and leaves out the gap", () => {
    expect(isEnrolledOn(spans, "2026-09-01")).toBe(true);
    expect(isEnrolledOn(spans, "2026-10-15")).toBe(true);
    expect(isEnrolledOn(spans, "2026-10-16")).toBe(false);
    expect(isEnrolledOn(spans, "2027-05-01")).toBe(true);
    expect(isEnrolledOn([], "2026-11-25")).toBe(false);
  });
});

describe("moving in the grid", () => {
  it("stops arrows at the edges", () => {
    expect(navigate("ArrowUp", {}, { r: 0, c: 2 }, 3, 4)).toEqual({ r: 0, c: 2 });
    expect(navigate("ArrowDown", {}, { r: 2, c: 2 }, 3, 4)).toEqual({ r: 2, c: 2 });
    expect(navigate("ArrowRight", {}, { r: 1, c: 3 }, 3, 4)).toEqual({ r: 1, c: 3 });
    expect(navigate("ArrowDown", {}, { r: 0, c: 1 }, 3, 4)).toEqual({ r: 1, c: 1 });
  });
  it("lets Tab and Shift+Tab leave the grid from any cell", () => {
    expect(navigate("Tab", {}, { r: 0, c: 3 }, 3, 4)).toBe("out");
    expect(navigate("Tab", { shift: true }, { r: 1, c: 0 }, 3, 4)).toBe("out");
    expect(navigate("Tab", {}, { r: 1, c: 1 }, 3, 4)).toBe("out");
  });
  it("goes to the row's ends with Home and End, the grid's with Ctrl", () => {
    expect(navigate("End", {}, { r: 1, c: 1 }, 3, 4)).toEqual({ r: 1, c: 3 });
    expect(navigate("Home", { ctrl: true }, { r: 1, c: 1 }, 3, 4)).toEqual({ r: 0, c: 0 });
  });
  it("ignores other keys", () => {
    expect(navigate("5", {}, { r: 1, c: 1 }, 3, 4)).toBeNull();
  });
});

describe("a row's average", () => {
  const weights: Record<number, number> = { 1: 1, 2: 3 };
  const mark = (value: number | null, workKindId = 1, isPending = false) => ({ key: "k", value, workKindId, isPending, comment: null });
  it("weighs each mark by its kind of work", () => {
    const cells = [
      { marks: [mark(5), mark(3, 2)], absenceCodeId: null },
      { marks: [], absenceCodeId: 1 },
    ];
    expect(rowAverage(cells, (id) => weights[id])).toBe(3.5);
  });
  it("is empty with only pending points", () => {
    expect(rowAverage([{ marks: [mark(null, 1, true)], absenceCodeId: null }], (id) => weights[id])).toBeNull();
  });
});

describe("a row that renders some of its columns", () => {
  const col = (index: number, width = 50) => ({ index, start: index * width, end: (index + 1) * width });
  it("stands a gap in for the columns left out before, between and after the rendered ones", () => {
    // Columns 3–5 in view, column 9 kept (the Tab stop), 12 columns in all.
    expect(columnSlots([col(3), col(4), col(5), col(9)], 600)).toEqual([
      { kind: "gap", key: "gap-3", width: 150 },
      { kind: "lesson", index: 3 },
      { kind: "lesson", index: 4 },
      { kind: "lesson", index: 5 },
      { kind: "gap", key: "gap-9", width: 150 },
      { kind: "lesson", index: 9 },
      { kind: "gap", key: "gap-end", width: 100 },
    ]);
  });
  it("adds no gap when every column is rendered, and keeps the total width with measured columns", () => {
    expect(columnSlots([col(0), col(1)], 100)).toEqual([
      { kind: "lesson", index: 0 },
      { kind: "lesson", index: 1 },
    ]);
    const slots = columnSlots([{ index: 2, start: 96, end: 151 }], 400);
    const width = slots.reduce((sum, s) => sum + (s.kind === "gap" ? s.width : 55), 0);
    expect(width).toBe(400);
  });
  it("renders the kept columns with those in view, once each and in order; a kept index past the lessons is dropped", () => {
    expect(withKept([4, 5, 6], [9, 5], 10)).toEqual([4, 5, 6, 9]);
    expect(withKept([4, 5, 6], [0, 10, -1, Number.NaN], 10)).toEqual([0, 4, 5, 6]);
  });
});
