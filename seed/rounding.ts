// The term mark from the weighted average, with the T260 preset's thresholds (lib/grading). The
// rounding is the seed's own, not the journal's suggestMark (which compares the average rounded to
// two decimals): the demo's final marks were generated with this one and stay as they are.
import { THRESHOLDS } from "../lib/grading/term-mark";

export const T260_THRESHOLDS = THRESHOLDS.T260;

export function weightedAverage(marks: { value: number; weight: number }[]): number | null {
  const weights = marks.reduce((s, m) => s + m.weight, 0);
  if (!weights) return null;
  return marks.reduce((s, m) => s + m.value * m.weight, 0) / weights;
}

export function termMarkFromAverage(average: number, t = T260_THRESHOLDS): number {
  // The epsilon keeps 4.6 computed as 4.5999999… a five.
  const a = average + 1e-9;
  if (a >= t.five) return 5;
  if (a >= t.four) return 4;
  if (a >= t.three) return 3;
  return 2;
}

/** The year mark: the mean of the term marks, halves rounded up. */
export function yearMarkFromTerms(termMarks: number[]): number | null {
  if (!termMarks.length) return null;
  const mean = termMarks.reduce((s, v) => s + v, 0) / termMarks.length;
  return Math.floor(mean + 0.5 + 1e-9);
}
