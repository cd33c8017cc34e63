// What one pupil × subject cell of a term report says, and whether it counts in the figures.
// Shared by every report (term sheet, teacher's report, school and region summaries) so each
// figure comes from one place. Pure: no Prisma, no Next.
import type { TFinalOutcome } from "./report-figures";
import { suggestMark, type TThresholds, type TWeightedMark, weightedAverage } from "./term-mark";

export type TGradedOutcome = 5 | 4 | 3 | 2;

export type TTermCellInput = {
  /** The FinalMark of kind TERM for this term, if the teacher has set one. */
  final: { status: "GRADED" | "NOT_ASSESSED" | "EXEMPT"; value: number | null } | null;
  /** An Exemption row of this pupil and subject overlaps the term. */
  isExempt: boolean;
  /** The pupil's marks in the subject during the term. */
  marks: readonly TWeightedMark[];
};

export type TTermCell =
  /** Exempted: shown as such, never counted. */
  | { kind: "exempt"; average: number | null }
  /** The term mark the teacher set (a mark or "not assessed"). */
  | { kind: "set"; outcome: TGradedOutcome | "not_assessed"; average: number | null }
  /** No term mark yet: what the thresholds suggest from the weighted average. */
  | { kind: "suggested"; outcome: TGradedOutcome; average: number }
  /** Neither a term mark nor a mark to average: nothing to count. */
  | { kind: "none" };

/** A mark on the 5-point scale as a report bucket; a 1, where a school allows it, is a failing mark like 2. */
function bucket(value: number): TGradedOutcome {
  if (value >= 5) return 5;
  if (value >= 4) return 4;
  if (value >= 3) return 3;
  return 2;
}

/**
 * The cell of a term report. An exemption (an Exemption row overlapping the term, or a term mark
 * with status EXEMPT) wins: such pupils are left out of the subject's counts whatever else is
 * recorded. Otherwise the term mark the teacher set, else the suggestion from the weighted average.
 */
export function termCell(input: TTermCellInput, thresholds: TThresholds): TTermCell {
  const average = weightedAverage(input.marks);
  if (input.isExempt || input.final?.status === "EXEMPT") return { kind: "exempt", average };
  if (input.final?.status === "NOT_ASSESSED") return { kind: "set", outcome: "not_assessed", average };
  if (input.final?.status === "GRADED" && input.final.value !== null) return { kind: "set", outcome: bucket(input.final.value), average };
  const suggested = suggestMark(average, thresholds);
  if (average === null || suggested === null) return { kind: "none" };
  return { kind: "suggested", outcome: bucket(suggested), average };
}

/**
 * What a cell contributes to reportFigures: its outcome, "exempt" (left out by reportFigures), or
 * null when it is not counted at all: no mark to count, or the pupil left the class before the
 * term ended (they are reported by the class they moved to, or not at all if they left school).
 */
export function countedOutcome(cell: TTermCell, hasLeft: boolean): TFinalOutcome | null {
  if (hasLeft || cell.kind === "none") return null;
  if (cell.kind === "exempt") return "exempt";
  return cell.outcome;
}
