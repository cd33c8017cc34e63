import { describe, expect, it } from "vitest";
import { isEnrolledOn, navigate, rowAverage } from "./grid-model.client";

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
