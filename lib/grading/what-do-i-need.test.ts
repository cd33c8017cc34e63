import { describe, expect, it } from "vitest";
import { THRESHOLDS, type TWeightedMark } from "./term-mark";
import { whatDoINeed } from "./what-do-i-need";

const marks = (...pairs: [number, number][]): TWeightedMark[] => pairs.map(([value, weight]) => ({ value, weight }));
const T260 = THRESHOLDS.T260;

describe("what do I need", () => {
  it("counts fives of weight 1 that lift 4, 4, 4 to a five under 4.6", () => {
    // (12 + 5n) / (3 + n) ≥ 4.6 ⇔ n ≥ 4.5 → 5 fives: 37 / 8 = 4.625.
    expect(whatDoINeed(marks([4, 1], [4, 1], [4, 1]), 5, 1, T260)).toEqual({ kind: "needs", count: 5, averageAfter: 4.63, threshold: 4.6 });
  });
  it("counts fewer fives of a heavier kind", () => {
    // A test of weight 3: (12 + 15n) / (3 + 3n) ≥ 4.6 ⇔ n ≥ 1.5 → 2.
    expect(whatDoINeed(marks([4, 1], [4, 1], [4, 1]), 5, 3, T260)).toMatchObject({ kind: "needs", count: 2 });
  });
  it("reaches a threshold met only as the journal rounds the average", () => {
    // 3, 3 and n fives: n = 2 gives 4.0, below 4.6; n = 7 gives 4.555… (shown 4.56), n = 8 gives 4.6.
    expect(whatDoINeed(marks([3, 1], [3, 1]), 5, 1, T260)).toMatchObject({ count: 8, averageAfter: 4.6 });
    // Under 4.55 the shown 4.56 after seven fives is enough.
    expect(whatDoINeed(marks([3, 1], [3, 1]), 5, 1, { three: 2.5, four: 3.5, five: 4.55 })).toMatchObject({ count: 7, averageAfter: 4.56 });
  });
  it("says one five is enough with no marks yet, or only pending points", () => {
    expect(whatDoINeed([], 5, 1, T260)).toEqual({ kind: "needs", count: 1, averageAfter: 5, threshold: 4.6 });
    expect(whatDoINeed([{ value: null, weight: 1, isPending: true }], 4, 2, T260)).toMatchObject({ kind: "needs", count: 1 });
  });
  it("says the target is already reached, also when the average earns more than the target", () => {
    expect(whatDoINeed(marks([5, 1], [4, 1]), 4, 1, T260)).toEqual({ kind: "reached", suggested: 4 });
    expect(whatDoINeed(marks([5, 1], [5, 1]), 3, 1, T260)).toEqual({ kind: "reached", suggested: 5 });
    // 4.5 is a five under 4.5 but not under 4.6.
    expect(whatDoINeed(marks([5, 1], [4, 1]), 5, 1, THRESHOLDS.T250)).toEqual({ kind: "reached", suggested: 5 });
    expect(whatDoINeed(marks([5, 1], [4, 1]), 5, 1, T260)).toMatchObject({ kind: "needs", count: 1 });
  });
  it("is unreachable when more fives are needed than lessons are left", () => {
    // (7 + 5n) / (3 + n) ≥ 4.6 ⇔ n ≥ 17 fives (92 / 20 = 4.6); for a four 3 do: 22 / 6 ≈ 3.67.
    expect(whatDoINeed(marks([2, 1], [2, 1], [3, 1]), 5, 1, T260, 3)).toEqual({ kind: "unreachable", count: 17, lessonsLeft: 3, threshold: 4.6 });
    expect(whatDoINeed(marks([2, 1], [2, 1], [3, 1]), 4, 1, T260, 3)).toMatchObject({ kind: "needs", count: 3 });
    // A term that is over has no lessons left: only an average already there counts.
    expect(whatDoINeed(marks([3, 1]), 4, 1, T260, 0)).toMatchObject({ kind: "unreachable", count: 1, lessonsLeft: 0 });
    expect(whatDoINeed(marks([5, 1]), 5, 1, T260, 0)).toEqual({ kind: "reached", suggested: 5 });
  });
  it("follows a school's own thresholds, up to a threshold of exactly 5", () => {
    const own = { three: 2.8, four: 3.9, five: 5 };
    expect(whatDoINeed(marks([5, 1]), 5, 1, own)).toEqual({ kind: "reached", suggested: 5 });
    // One 4 among fives: the average is shown 5.00 only once it is at least 4.995, after 199 fives.
    expect(whatDoINeed(marks([4, 1]), 5, 1, own)).toMatchObject({ kind: "needs", count: 199, averageAfter: 5 });
    expect(whatDoINeed(marks([4, 1]), 5, 1, own, 30)).toMatchObject({ kind: "unreachable", count: 199 });
  });
  it("agrees with the fewest count found by adding fives one at a time", () => {
    const kinds = [0.5, 1, 2, 3];
    const sets = [marks([2, 1]), marks([3, 2], [4, 1]), marks([2, 3], [5, 1], [3, 1]), marks([4, 1.5], [3, 0.5], [2, 2])];
    for (const base of sets) {
      for (const weight of kinds) {
        for (const target of [3, 4, 5] as const) {
          const answer = whatDoINeed(base, target, weight, T260);
          const list = [...base];
          let n = 0;
          while (
            (() => {
              const { three, four, five } = T260;
              const sum = list.reduce((s, m) => s + (m.value ?? 0) * m.weight, 0) / list.reduce((s, m) => s + m.weight, 0);
              const shown = Math.round((sum + Number.EPSILON) * 100) / 100;
              return shown < (target === 5 ? five : target === 4 ? four : three);
            })()
          ) {
            list.push({ value: 5, weight });
            n++;
          }
          expect(answer.kind === "reached" ? 0 : answer.count).toBe(n);
        }
      }
    }
  });
  it("refuses a kind without weight", () => {
    expect(() => whatDoINeed([], 5, 0, T260)).toThrow(RangeError);
  });
});
