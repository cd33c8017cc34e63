// The grading math of a Russian school journal, shared by the journal, the diary and reports.
// Pure: no Prisma, no Next.

export type TThresholdPreset = "T250" | "T260" | "T265";
/** The lowest averages that earn 3, 4 and 5. */
export type TThresholds = { three: number; four: number; five: number };

/** The three presets a school may pick; it may also set its own thresholds (see thresholdsOf). */
export const THRESHOLDS: Record<TThresholdPreset, TThresholds> = {
  T250: { three: 2.5, four: 3.5, five: 4.5 },
  T260: { three: 2.6, four: 3.6, five: 4.6 },
  T265: { three: 2.65, four: 3.65, five: 4.65 },
};

/** A school's grading settings as stored: a preset, or CUSTOM with its own three numbers. */
export type TThresholdSetting = {
  thresholdPreset: TThresholdPreset | "CUSTOM";
  customThree?: number | null;
  customFour?: number | null;
  customFive?: number | null;
};

/**
 * The thresholds a school's settings stand for. CUSTOM without all three numbers (which the
 * settings action never saves) falls back to the default preset rather than failing every page.
 */
export function thresholdsOf(setting: TThresholdSetting, fallback: TThresholdPreset = "T260"): TThresholds {
  if (setting.thresholdPreset !== "CUSTOM") return THRESHOLDS[setting.thresholdPreset];
  const { customThree: three, customFour: four, customFive: five } = setting;
  if (three == null || four == null || five == null) return THRESHOLDS[fallback];
  return { three, four, five };
}

export type TWeightedMark = { value: number | null; weight: number; isPending?: boolean };

/** Whether a mark counts in the average: pending points, marks with no value or a non-positive weight do not. */
export function countsInAverage(m: TWeightedMark): m is TWeightedMark & { value: number } {
  return !m.isPending && m.value !== null && m.weight > 0;
}

/** Σ(mark × weight) and Σ(weight) over the marks that count: the two halves of the average's division. */
export function weightedSums(marks: readonly TWeightedMark[]): { products: number; weights: number } {
  let products = 0;
  let weights = 0;
  for (const m of marks) {
    if (!countsInAverage(m)) continue;
    products += m.value * m.weight;
    weights += m.weight;
  }
  return { products, weights };
}

/** Σ(mark × weight) / Σ(weight) over the marks that count. Null when nothing counts. */
export function weightedAverage(marks: readonly TWeightedMark[]): number | null {
  const { products, weights } = weightedSums(marks);
  return weights === 0 ? null : products / weights;
}

/** The average as the journal shows it, two decimals rounded half up: thresholds compare with this. */
export function roundShown(average: number): number {
  return Math.round((average + Number.EPSILON) * 100) / 100;
}

/** The average shown in the journal: two decimals, rounded half up ("4.57"). */
export function formatAverage(average: number | null): string {
  if (average === null) return "";
  return roundShown(average).toFixed(2);
}

/**
 * The term mark the thresholds suggest. The comparison is made on the average rounded to two
 * decimals, as the teacher sees it, so 4.595 shown as "4.60" earns 5 under the 4.6 preset.
 */
export function suggestMark(average: number | null, t: TThresholds): number | null {
  if (average === null) return null;
  const shown = roundShown(average);
  if (shown >= t.five) return 5;
  if (shown >= t.four) return 4;
  if (shown >= t.three) return 3;
  return 2;
}

/** The year mark from term marks: their plain average, by the same thresholds. */
export function suggestYearMark(termMarks: readonly (number | null)[], t: TThresholds): number | null {
  const given = termMarks.filter((m): m is number => m !== null);
  if (given.length === 0) return null;
  return suggestMark(given.reduce((a, b) => a + b, 0) / given.length, t);
}

/**
 * "What do I need": the fewest marks of `value` (with `weight`) that lift the average to the
 * lowest average of the next mark up. Null when no number of such marks would (value too low),
 * or the pupil already has the top mark.
 */
export function marksNeeded(marks: readonly TWeightedMark[], target: number, value: number, weight: number, t: TThresholds): number | null {
  const needed = target === 5 ? t.five : target === 4 ? t.four : target === 3 ? t.three : null;
  if (needed === null || value < needed || weight <= 0) return null;
  const list = [...marks];
  for (let n = 0; n <= 50; n++) {
    const avg = weightedAverage(list);
    if (avg !== null && roundShown(avg) >= needed) return n;
    list.push({ value, weight });
  }
  return null;
}
