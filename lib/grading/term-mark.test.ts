import { describe, expect, it } from "vitest";
import { formatAverage, marksNeeded, suggestMark, suggestYearMark, THRESHOLDS, thresholdsOf, weightedAverage } from "./term-mark";

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
    expect(suggestMark(4.5, THRESHOLDS.T250)).toBe(5);
    expect(suggestMark(4.49, THRESHOLDS.T250)).toBe(4);
    expect(suggestMark(4.59, THRESHOLDS.T260)).toBe(4);
    expect(suggestMark(4.6, THRESHOLDS.T260)).toBe(5);
    expect(suggestMark(4.64, THRESHOLDS.T265)).toBe(4);
    expect(suggestMark(4.65, THRESHOLDS.T265)).toBe(5);
    expect(suggestMark(3.6, THRESHOLDS.T260)).toBe(4);
    expect(suggestMark(2.6, THRESHOLDS.T260)).toBe(3);
    expect(suggestMark(2.59, THRESHOLDS.T260)).toBe(2);
  });
  it("judges the average as shown (two decimals)", () => {
    expect(suggestMark(4.596, THRESHOLDS.T260)).toBe(5);
    expect(suggestMark(4.594, THRESHOLDS.T260)).toBe(4);
  });
  it("suggests nothing without marks", () => {
    expect(suggestMark(null, THRESHOLDS.T260)).toBeNull();
  });
  it("gives the year mark from term marks", () => {
    expect(suggestYearMark([5, 4, 5, 4], THRESHOLDS.T250)).toBe(5);
    expect(suggestYearMark([5, 4, 4, 4], THRESHOLDS.T260)).toBe(4);
    expect(suggestYearMark([null, null], THRESHOLDS.T260)).toBeNull();
    expect(suggestYearMark([3, null, 4], THRESHOLDS.T250)).toBe(4);
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
    expect(marksNeeded(marks, 5, 5, 1, THRESHOLDS.T260)).toBe(7);
    // one 5 with weight 3: (11+15)/6 = 4.33 → 4; already 3.67 ≥ 3.6 → 0 needed for a 4
    expect(marksNeeded(marks, 4, 5, 3, THRESHOLDS.T260)).toBe(0);
  });
  it("says when a mark cannot help", () => {
    expect(marksNeeded(marks, 5, 4, 1, THRESHOLDS.T260)).toBeNull();
  });
});

describe("a school's thresholds", () => {
  it("are its preset's, or its own three numbers", () => {
    expect(thresholdsOf({ thresholdPreset: "T265" })).toEqual({ three: 2.65, four: 3.65, five: 4.65 });
    const own = thresholdsOf({ thresholdPreset: "CUSTOM", customThree: 2.75, customFour: 3.8, customFive: 4.7 });
    expect(own).toEqual({ three: 2.75, four: 3.8, five: 4.7 });
    expect(suggestMark(4.69, own)).toBe(4);
    expect(suggestMark(4.7, own)).toBe(5);
    expect(suggestMark(2.74, own)).toBe(2);
  });
  it("fall back to the default preset when CUSTOM lacks a number", () => {
    expect(thresholdsOf({ thresholdPreset: "CUSTOM", customThree: 2.75, customFour: null, customFive: 4.7 })).toEqual(THRESHOLDS.T260);
  });
});
