// When an exemption holds: from its first day to its last (open-ended when it has none). Pure, so
// the journal's cells, its term marks and the admin list agree on the same rule.
import type { TIsoDate } from "@/lib/i18n/dates";

export type TExemptionSpan = { studentId: number; from: TIsoDate; to: TIsoDate | null };

export function isExemptOn(spans: readonly TExemptionSpan[], studentId: number, day: TIsoDate): boolean {
  return spans.some((s) => s.studentId === studentId && s.from <= day && (s.to === null || s.to >= day));
}

/** An exemption that overlaps the term frees the pupil from its term mark (as the reports count it). */
export function isExemptInPeriod(spans: readonly TExemptionSpan[], studentId: number, from: TIsoDate, to: TIsoDate): boolean {
  return spans.some((s) => s.studentId === studentId && s.from <= to && (s.to === null || s.to >= from));
}

/** The "lessonId:studentId" keys of the cells on days a pupil is exempt. */
export function exemptCellKeys(
  spans: readonly TExemptionSpan[],
  lessons: readonly { id: string; date: TIsoDate }[],
  studentIds: readonly number[],
): Set<string> {
  const keys = new Set<string>();
  if (spans.length === 0) return keys;
  for (const studentId of studentIds) {
    for (const l of lessons) if (isExemptOn(spans, studentId, l.date)) keys.add(`${l.id}:${studentId}`);
  }
  return keys;
}

/** Active now, ended already, or still to come. */
export function exemptionState(span: { from: TIsoDate; to: TIsoDate | null }, today: TIsoDate): "active" | "ended" | "future" {
  if (span.from > today) return "future";
  if (span.to !== null && span.to < today) return "ended";
  return "active";
}
