// The term mark from the weighted average, as the school's T260 preset rounds it. A local copy for
// the seed: the app's own rule lives in lib/grading.

export const T260_THRESHOLDS = { five: 4.6, four: 3.6, three: 2.6 } as const;

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
