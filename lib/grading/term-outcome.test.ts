import { describe, expect, it } from "vitest";
import { reportFigures } from "./report-figures";
import { THRESHOLDS } from "./term-mark";
import { countedOutcome, type TTermCell, type TTermCellInput, termCell } from "./term-outcome";

const marks = (...pairs: [number, number][]) => pairs.map(([value, weight]) => ({ value, weight }));
const countedOutcomes = (cells: { cell: TTermCell; hasLeft: boolean }[]) => cells.flatMap((c) => countedOutcome(c.cell, c.hasLeft) ?? []);
const cell = (over: Partial<TTermCellInput>): TTermCellInput => ({ final: null, isExempt: false, marks: [], ...over });

describe("a term report cell", () => {
  it("shows the term mark the teacher set, whatever the average says", () => {
    const c = termCell(cell({ final: { status: "GRADED", value: 4 }, marks: marks([5, 1], [5, 3]) }), THRESHOLDS.T260);
    expect(c).toEqual({ kind: "set", outcome: 4, average: 5 });
  });

  it("suggests a mark from the weighted average when none is set", () => {
    // (5·1 + 3·3 + 4·2) / 6 = 22/6 = 3.67 → 4 under 3.6, still 4 under 3.65
    expect(termCell(cell({ marks: marks([5, 1], [3, 3], [4, 2]) }), THRESHOLDS.T260)).toMatchObject({ kind: "suggested", outcome: 4 });
    // (4 + 4 + 3) / 3 = 3.67: a 4 under the 3.65 preset too; (4 + 3 + 3 + 4 + 4) / 5 = 3.6 is a 4 only from 3.6
    expect(termCell(cell({ marks: marks([4, 1], [3, 1], [3, 1], [4, 1], [4, 1]) }), THRESHOLDS.T260)).toMatchObject({ outcome: 4 });
    expect(termCell(cell({ marks: marks([4, 1], [3, 1], [3, 1], [4, 1], [4, 1]) }), THRESHOLDS.T265)).toMatchObject({ outcome: 3 });
  });

  it("counts a pending point as nothing", () => {
    expect(termCell(cell({ marks: [{ value: null, weight: 1, isPending: true }] }), THRESHOLDS.T260)).toEqual({ kind: "none" });
  });

  it("treats an overlapping exemption or an EXEMPT term mark as exempt, even with marks", () => {
    expect(termCell(cell({ isExempt: true, final: { status: "GRADED", value: 5 }, marks: marks([5, 1]) }), THRESHOLDS.T260)).toEqual({
      kind: "exempt",
      average: 5,
    });
    expect(termCell(cell({ final: { status: "EXEMPT", value: null } }), THRESHOLDS.T260)).toEqual({ kind: "exempt", average: null });
  });

  it("keeps not assessed as a set outcome", () => {
    expect(termCell(cell({ final: { status: "NOT_ASSESSED", value: null }, marks: marks([2, 1]) }), THRESHOLDS.T260)).toEqual({
      kind: "set",
      outcome: "not_assessed",
      average: 2,
    });
  });

  it("reports a 1 as a failing mark", () => {
    expect(termCell(cell({ final: { status: "GRADED", value: 1 } }), THRESHOLDS.T260)).toMatchObject({ outcome: 2 });
  });
});

describe("what a class's cells add up to", () => {
  it("leaves out pupils who left mid-term and cells with nothing to count", () => {
    const setFive = termCell(cell({ final: { status: "GRADED", value: 5 } }), THRESHOLDS.T260);
    expect(countedOutcome(setFive, false)).toBe(5);
    expect(countedOutcome(setFive, true)).toBeNull();
    expect(countedOutcome({ kind: "none" }, false)).toBeNull();
    expect(countedOutcome({ kind: "exempt", average: null }, false)).toBe("exempt");
  });

  it("gives the hand-computed figures of a mixed class", () => {
    // Eight pupils in one subject:
    //   A set 5; B set 4; C suggested 4 (average 4.0); D set 3; E not assessed;
    //   F exempted (has marks; left out); G left mid-term with a set 2 (left out);
    //   H no marks yet (left out).
    const cells = [
      { cell: termCell(cell({ final: { status: "GRADED", value: 5 } }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ final: { status: "GRADED", value: 4 } }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ marks: marks([5, 1], [3, 1]) }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ final: { status: "GRADED", value: 3 } }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ final: { status: "NOT_ASSESSED", value: null } }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ isExempt: true, marks: marks([2, 1]) }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ final: { status: "GRADED", value: 2 } }), THRESHOLDS.T260), hasLeft: true },
      { cell: termCell(cell({}), THRESHOLDS.T260), hasLeft: false },
    ];
    const f = reportFigures(countedOutcomes(cells));
    // Counted: A, B, C, D, E = 5 pupils; 1 five, 2 fours, 1 three, 0 twos, 1 not assessed.
    expect(f).toMatchObject({ counted: 5, fives: 1, fours: 2, threes: 1, twos: 0, notAssessed: 1 });
    // успеваемость 4/5 = 80 %, качество 3/5 = 60 %, СОУ (100 + 2·64 + 36 + 7) / 5 = 271/5 = 54.2 %
    expect(f.successRate).toBe(80);
    expect(f.qualityRate).toBe(60);
    expect(f.sou).toBe(54.2);
  });

  it("gives the class figure over all pupil × subject outcomes, not an average of subject figures", () => {
    // Maths: 5, 5, 2 (успеваемость 66.7 %); PE: 5 and one exempted pupil (100 %).
    // Averaging the two subjects' rates would give 83.3 %; over the four counted outcomes it is 75 %.
    const maths = [5, 5, 2].map((v) => ({ cell: termCell(cell({ final: { status: "GRADED", value: v } }), THRESHOLDS.T260), hasLeft: false }));
    const pe = [
      { cell: termCell(cell({ final: { status: "GRADED", value: 5 } }), THRESHOLDS.T260), hasLeft: false },
      { cell: termCell(cell({ isExempt: true }), THRESHOLDS.T260), hasLeft: false },
    ];
    expect(reportFigures(countedOutcomes(maths)).successRate).toBe(66.7);
    expect(reportFigures(countedOutcomes(pe)).successRate).toBe(100);
    const all = reportFigures(countedOutcomes([...maths, ...pe]));
    expect(all).toMatchObject({ counted: 4, fives: 3, twos: 1, successRate: 75, qualityRate: 75 });
    // СОУ (3·100 + 16) / 4 = 79
    expect(all.sou).toBe(79);
  });
});
