// "What do I need": how many more marks of 5 of one kind of work lift the term's weighted average
// to the threshold of the mark a pupil aims for. The answer is deliberately one number a pupil can
// act on — fives of the kind they picked — rather than every mix of marks and kinds that would do.
// Pure: no Prisma, no Next.
import { roundShown, suggestMark, type TThresholds, type TWeightedMark, weightedSums } from "./term-mark";

export type TTarget = 3 | 4 | 5;

export type TWhatDoINeed =
  /** The average already earns the target (or better). */
  | { kind: "reached"; suggested: number }
  /** `count` more fives of the kind bring the average to `averageAfter` (≥ the target's threshold). */
  | { kind: "needs"; count: number; averageAfter: number; threshold: number }
  /** More fives than lessons left in the term would be needed (or the term is over). */
  | { kind: "unreachable"; count: number; lessonsLeft: number; threshold: number };

const thresholdOf = (t: TThresholds, target: TTarget) => (target === 5 ? t.five : target === 4 ? t.four : t.three);

/**
 * The fewest marks of 5 with `weight` after which the average, as the journal shows it (two
 * decimals, half up), reaches the target's threshold. `lessonsLeft` is the subject's lessons from
 * today to the end of the term, at most one such mark each; null when not known (no limit).
 * With no marks yet a single five reaches any target.
 */
export function whatDoINeed(
  marks: readonly TWeightedMark[],
  target: TTarget,
  weight: number,
  thresholds: TThresholds,
  lessonsLeft: number | null = null,
): TWhatDoINeed {
  if (!(weight > 0)) throw new RangeError("a kind of work without a positive weight never moves the average");
  const threshold = thresholdOf(thresholds, target);
  const { products, weights } = weightedSums(marks);
  const suggested = suggestMark(weights === 0 ? null : products / weights, thresholds);
  if (suggested !== null && suggested >= target) return { kind: "reached", suggested };

  const shownAfter = (n: number) => roundShown((products + 5 * weight * n) / (weights + weight * n));
  // Shown ≥ threshold once the average is ≥ threshold − 0.005 (half-up rounding); 5 − that is
  // positive since thresholds are at most 5, so some finite n always does it. Solve for n, then
  // step to the exact fewest by the same rounding the journal uses, so float error cannot mislead.
  const bar = threshold - 0.005;
  let count = Math.max(1, Math.ceil((bar * weights - products) / (weight * (5 - bar))));
  while (count > 1 && shownAfter(count - 1) >= threshold) count--;
  while (shownAfter(count) < threshold) count++;

  if (lessonsLeft !== null && count > lessonsLeft) return { kind: "unreachable", count, lessonsLeft, threshold };
  return { kind: "needs", count, averageAfter: shownAfter(count), threshold };
}
