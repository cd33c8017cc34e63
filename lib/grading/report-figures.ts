// Figures a Russian school reports per subject and class: успеваемость (share of pupils with 3,
// 4 or 5), качество знаний (share with 4 or 5), СОУ (степень обученности: 5 → 100 %, 4 → 64 %,
// 3 → 36 %, 2 → 16 %, not assessed → 7 %), and the counts. Exempted pupils are not counted.

export type TFinalOutcome = 5 | 4 | 3 | 2 | "not_assessed" | "exempt";

export type TReportFigures = {
  counted: number;
  fives: number;
  fours: number;
  threes: number;
  twos: number;
  notAssessed: number;
  /** Percentages, 0–100, one decimal; null when no pupil is counted. */
  successRate: number | null;
  qualityRate: number | null;
  sou: number | null;
};

// In whole percent, so the sum is exact whatever order the outcomes come in.
const SOU_PERCENT = { 5: 100, 4: 64, 3: 36, 2: 16, not_assessed: 7 } as const;
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function reportFigures(outcomes: readonly TFinalOutcome[]): TReportFigures {
  const counted = outcomes.filter((o) => o !== "exempt") as Exclude<TFinalOutcome, "exempt">[];
  const n = (v: Exclude<TFinalOutcome, "exempt">) => counted.filter((o) => o === v).length;
  const fives = n(5);
  const fours = n(4);
  const threes = n(3);
  const twos = n(2);
  const notAssessed = n("not_assessed");
  const souSum = counted.reduce((s, o) => s + SOU_PERCENT[o], 0);
  return {
    counted: counted.length,
    fives,
    fours,
    threes,
    twos,
    notAssessed,
    successRate: pct(fives + fours + threes, counted.length),
    qualityRate: pct(fives + fours, counted.length),
    sou: pct(souSum, counted.length * 100),
  };
}
