import { describe, expect, it } from "vitest";
import { formatAverage, marksNeeded, suggestMark, suggestYearMark, weightedAverage } from "./term-mark";

describe("weighted average", () => {
  it("is Σ(mark × weight) / Σ(weight)", () => {
    expect(
      weightedAverage([
        { value: 5, weight: 1 },
        { value: 3, weight: 3 },
      ]),
    ).toBe(3.5);
    expect(
      weightedAverage([
        { value: 4, weight: 2 },
        { value: 5, weight: 2 },
      ]),
    ).toBe(4.5);
  });
  it("with equal weights is the plain mean", () => {
    expect(weightedAverage([5, 4, 4, 3].map((value) => ({ value, weight: 1 })))).toBe(4);
  });
  it("is null with no marks or only pending points", () => {
    expect(weightedAverage([])).toBeNull();
    expect(weightedAverage([{ value: null, weight: 1, isPending: true }])).toBeNull();
    expect(weightedAverage([{ value: 5, weight: 1, isPending: true }])).toBeNull();
  });
  it("ignores pending points among real marks", () => {
    expect(
      weightedAverage([
        { value: 5, weight: 1 },
        { value: null, weight: 3, isPending: true },
      ]),
    ).toBe(5);
  });
  it("shows two decimals", () => {
    expect(formatAverage(4.5666)).toBe("4.57");
    expect(formatAverage(4.005)).toBe("4.01");
    expect(formatAverage(4)).toBe("4.00");
    expect(formatAverage(null)).toBe("");
  });
});

describe("suggested term mark", () => {
  it("follows each preset at its boundaries", () => {
    expect(suggestMark(4.5, "T250")).toBe(5);
    expect(suggestMark(4.49, "T250")).toBe(4);
    expect(suggestMark(4.59, "T260")).toBe(4);
    expect(suggestMark(4.6, "T260")).toBe(5);
    expect(suggestMark(4.64, "T265")).toBe(4);
    expect(suggestMark(4.65, "T265")).toBe(5);
    expect(suggestMark(3.6, "T260")).toBe(4);
    expect(suggestMark(2.6, "T260")).toBe(3);
    expect(suggestMark(2.59, "T260")).toBe(2);
  });
  it("judges the average as shown (two decimals)", () => {
    expect(suggestMark(4.596, "T260")).toBe(5);
    expect(suggestMark(4.594, "T260")).toBe(4);
  });
  it("suggests nothing without marks", () => {
    expect(suggestMark(null, "T260")).toBeNull();
  });
  it("gives the year mark from term marks", () => {
    expect(suggestYearMark([5, 4, 5, 4], "T250")).toBe(5);
    expect(suggestYearMark([5, 4, 4, 4], "T260")).toBe(4);
    expect(suggestYearMark([null, null], "T260")).toBeNull();
    expect(suggestYearMark([3, null, 4], "T250")).toBe(4);
  });
});

describe("what do I need", () => {
  const marks = [
    { value: 4, weight: 1 },
    { value: 4, weight: 1 },
    { value: 3, weight: 1 },
  ];
  it("counts the fives that lift the average to the next mark", () => {
    // (4+4+3+5n)/(3+n) ≥ 4.6 → n ≥ 6.75 → 7
    expect(marksNeeded(marks, 5, 5, 1, "T260")).toBe(7);
    // one 5 with weight 3: (11+15)/6 = 4.33 → 4; already 3.67 ≥ 3.6 → 0 needed for a 4
    expect(marksNeeded(marks, 4, 5, 3, "T260")).toBe(0);
  });
  it("says when a mark cannot help", () => {
    expect(marksNeeded(marks, 5, 4, 1, "T260")).toBeNull();
  });
});
