// A pupil's term, subject by subject: marks in date order, the weighted average, the term mark when
// set, and "what do I need". Built on lib/grading so the diary says exactly what the journal says.
// Pure: no Prisma, no Next.
import { formatAverage, marksNeeded, suggestMark, type TThresholds, type TWeightedMark, weightedAverage, weightedSums } from "@/lib/grading/term-mark";
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TBigId } from "@/lib/validation";

export type TNamed = { nameRu: string; nameTt: string };
export type TTermSubject = TNamed & { id: number; sortOrder: number };
export type TTermMark = {
  id: TBigId;
  subjectId: number;
  date: TIsoDate;
  value: number | null;
  isPending: boolean;
  comment: string | null;
  workKind: TNamed & { weight: number };
};
export type TFinalStatus = "GRADED" | "NOT_ASSESSED" | "EXEMPT";
export type TTermFinal = { subjectId: number; status: TFinalStatus; value: number | null };
/** `count` more marks of `value` with `weight` raise the term mark to `target`. */
export type TAdvice = { target: number; value: number; weight: number; count: number };
export type TSubjectRow = {
  subject: TTermSubject;
  marks: TTermMark[];
  average: number | null;
  averageText: string;
  /** Σ(mark × weight) and Σ(weight) of the marks that count: the average's division, shown to families. */
  sums: { products: number; weights: number };
  /** The subject's lessons from today to the term's end, for "what do I need"; null if not known. */
  lessonsLeft: number | null;
  suggested: number | null;
  final: TTermFinal | null;
  advice: TAdvice[];
};

/**
 * Which marks of the given weight would lift the suggested mark one step: fives, and fours where a
 * four is enough. Nothing when there are no marks yet or the mark is already 5.
 */
export function adviceFor(marks: readonly TWeightedMark[], thresholds: TThresholds, weight: number): TAdvice[] {
  const suggested = suggestMark(weightedAverage(marks), thresholds);
  if (suggested === null || suggested >= 5) return [];
  const target = suggested + 1;
  const advice: TAdvice[] = [];
  for (const value of target <= 4 ? [5, 4] : [5]) {
    const count = marksNeeded(marks, target, value, weight, thresholds);
    if (count !== null && count > 0) advice.push({ target, value, weight, count });
  }
  return advice;
}

const toWeighted = (m: TTermMark): TWeightedMark => ({ value: m.value, weight: m.workKind.weight, isPending: m.isPending });

/** One row per subject the pupil had lessons, marks or a term mark in, in the school's order. */
export function buildSubjectRows(
  subjects: readonly TTermSubject[],
  marks: readonly TTermMark[],
  finals: readonly TTermFinal[],
  thresholds: TThresholds,
  adviceWeight: number,
  lessonsLeft: ReadonlyMap<number, number> | null = null,
): TSubjectRow[] {
  const ordered = [...new Map(subjects.map((s) => [s.id, s])).values()].sort((a, b) => a.sortOrder - b.sortOrder || a.nameRu.localeCompare(b.nameRu, "ru"));
  return ordered.map((subject) => {
    const own = marks.filter((m) => m.subjectId === subject.id).sort((a, b) => a.date.localeCompare(b.date));
    const weighted = own.map(toWeighted);
    const average = weightedAverage(weighted);
    const final = finals.find((f) => f.subjectId === subject.id) ?? null;
    return {
      subject,
      marks: own,
      average,
      averageText: formatAverage(average),
      sums: weightedSums(weighted),
      lessonsLeft: lessonsLeft ? (lessonsLeft.get(subject.id) ?? 0) : null,
      suggested: suggestMark(average, thresholds),
      final,
      // Once the term mark is given, there is nothing left to raise.
      advice: final ? [] : adviceFor(weighted, thresholds, adviceWeight),
    };
  });
}
