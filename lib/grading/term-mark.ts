// The grading math of a Russian school journal, shared by the journal, the diary and reports.
// Pure: no Prisma, no Next.

export type TThresholdPreset = "T250" | "T260" | "T265";

/** Lowest averages that earn 3, 4 and 5. */
export const THRESHOLDS: Record<TThresholdPreset, { three: number; four: number; five: number }> = {
  T250: { three: 2.5, four: 3.5, five: 4.5 },
  T260: { three: 2.6, four: 3.6, five: 4.6 },
  T265: { three: 2.65, four: 3.65, five: 4.65 },
};

export type TWeightedMark = { value: number | null; weight: number; isPending?: boolean };

/**
 * Σ(mark × weight) / Σ(weight) over marks with a value; pending points and marks with no value
 * or a non-positive weight do not count. Null when nothing counts.
 */
export function weightedAverage(marks: readonly TWeightedMark[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const m of marks) {
    if (m.isPending || m.value === null || !(m.weight > 0)) continue;
    sum += m.value * m.weight;
    weights += m.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** The average shown in the journal: two decimals, rounded half up ("4.57"). */
export function formatAverage(average: number | null): string {
  if (average === null) return "";
  return (Math.round((average + Number.EPSILON) * 100) / 100).toFixed(2);
}

/**
 * The term mark the thresholds suggest. The comparison is made on the average rounded to two
 * decimals, as the teacher sees it, so 4.595 shown as "4.60" earns 5 under the 4.6 preset.
 */
export function suggestMark(average: number | null, preset: TThresholdPreset): number | null {
  if (average === null) return null;
  const shown = Math.round((average + Number.EPSILON) * 100) / 100;
  const t = THRESHOLDS[preset];
  if (shown >= t.five) return 5;
  if (shown >= t.four) return 4;
  if (shown >= t.three) return 3;
  return 2;
}

/** The year mark from term marks: their plain average, by the same thresholds. */
export function suggestYearMark(termMarks: readonly (number | null)[], preset: TThresholdPreset): number | null {
  const given = termMarks.filter((m): m is number => m !== null);
  if (given.length === 0) return null;
  return suggestMark(given.reduce((a, b) => a + b, 0) / given.length, preset);
}

/**
 * "What do I need": the fewest marks of `value` (with `weight`) that lift the average to the
 * lowest average of the next mark up. Null when no number of such marks would (value too low),
 * or the pupil already has the top mark.
 */
export function marksNeeded(marks: readonly TWeightedMark[], target: number, value: number, weight: number, preset: TThresholdPreset): number | null {
  const t = THRESHOLDS[preset];
  const needed = target === 5 ? t.five : target === 4 ? t.four : target === 3 ? t.three : null;
  if (needed === null || value < needed || weight <= 0) return null;
  const list = [...marks];
  for (let n = 0; n <= 50; n++) {
    const avg = weightedAverage(list);
    if (avg !== null && Math.round((avg + Number.EPSILON) * 100) / 100 >= needed) return n;
    list.push({ value, weight });
  }
  return null;
}
