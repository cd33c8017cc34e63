// The shape of a school year: terms inside the year, none overlapping, and no school day (Monday
// to Friday) left outside every term unless a holiday covers it, so breaks between terms are
// declared as holidays rather than left as silent gaps. Pure: dates are "YYYY-MM-DD" strings.
import { addDays, isoWeekday, type TIsoDate } from "@/lib/i18n/dates";

export type TSpan = { startDate: TIsoDate; endDate: TIsoDate };
export type TLayoutIssue = { path: string; key: string; count?: number };
export type TTermKind = "QUARTER" | "TRIMESTER";

export const TERM_COUNT: Record<TTermKind, number> = { QUARTER: 4, TRIMESTER: 3 };
/** The longest a school year may be: 13 months. */
export const MAX_YEAR_DAYS = 396;

export function isWeekend(day: TIsoDate): boolean {
  return isoWeekday(day) >= 6;
}

function inAny(day: TIsoDate, spans: readonly TSpan[]): boolean {
  return spans.some((s) => s.startDate <= day && day <= s.endDate);
}

/** Monday-to-Friday days from `from` to `to` (inclusive) that no holiday covers. */
export function uncoveredSchoolDays(from: TIsoDate, to: TIsoDate, holidays: readonly TSpan[]): TIsoDate[] {
  const out: TIsoDate[] = [];
  for (let day = from; day <= to; ) {
    if (!isWeekend(day) && !inAny(day, holidays)) out.push(day);
    // Past 9999 the next day's string ("+010000-…") sorts before this one: the walk ends there.
    const next = addDays(day, 1);
    if (next <= day) break;
    day = next;
  }
  return out;
}

export function spansOverlap(a: TSpan, b: TSpan): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/**
 * Problems of a year layout, each with the form field it belongs to ("terms.1.startDate") and a
 * key of admin:validation. Terms are given in their number order.
 */
export function validateYearLayout(year: TSpan, terms: readonly TSpan[], holidays: readonly TSpan[]): TLayoutIssue[] {
  const issues: TLayoutIssue[] = [];
  if (year.endDate <= year.startDate) issues.push({ path: "endDate", key: "endBeforeStart" });
  // Longer than 13 months is a typo (2062 for 2026), and would have the checks below walk every day.
  else if (year.endDate > addDays(year.startDate, MAX_YEAR_DAYS)) return [{ path: "endDate", key: "yearTooLong" }];
  holidays.forEach((h, i) => {
    if (h.endDate < h.startDate) issues.push({ path: `holidays.${i}.endDate`, key: "endBeforeStart" });
    else if (h.startDate < year.startDate || h.endDate > year.endDate) issues.push({ path: `holidays.${i}.startDate`, key: "outsideYear" });
  });
  let sound = issues.length === 0;
  terms.forEach((term, i) => {
    if (term.endDate < term.startDate) {
      issues.push({ path: `terms.${i}.endDate`, key: "endBeforeStart" });
      sound = false;
    } else if (term.startDate < year.startDate || term.endDate > year.endDate) {
      issues.push({ path: `terms.${i}.${term.startDate < year.startDate ? "startDate" : "endDate"}`, key: "outsideYear" });
      sound = false;
    }
  });
  if (!sound) return issues;
  for (let i = 1; i < terms.length; i++) {
    const prev = terms[i - 1];
    const term = terms[i];
    if (spansOverlap(prev, term) || terms.slice(0, i - 1).some((t) => spansOverlap(t, term))) {
      issues.push({ path: `terms.${i}.startDate`, key: "termOverlap" });
      continue;
    }
    if (term.startDate < prev.startDate) {
      issues.push({ path: `terms.${i}.startDate`, key: "termOrder" });
      continue;
    }
    const gap = uncoveredSchoolDays(addDays(prev.endDate, 1), addDays(term.startDate, -1), holidays).length;
    if (gap > 0) issues.push({ path: `terms.${i}.startDate`, key: "termGap", count: gap });
  }
  if (terms.length > 0 && !issues.some((x) => x.key === "termOverlap" || x.key === "termOrder")) {
    const head = uncoveredSchoolDays(year.startDate, addDays(terms[0].startDate, -1), holidays).length;
    if (head > 0) issues.push({ path: "terms.0.startDate", key: "yearStartGap", count: head });
    const last = terms.length - 1;
    const tail = uncoveredSchoolDays(addDays(terms[last].endDate, 1), year.endDate, holidays).length;
    if (tail > 0) issues.push({ path: `terms.${last}.endDate`, key: "yearEndGap", count: tail });
  }
  return issues;
}

export type TBreakKind = "autumn" | "winter" | "spring";
export type TYearLayout = TSpan & { name: string; termKind: TTermKind; terms: TSpan[]; breaks: (TSpan & { kind: TBreakKind })[] };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** The first day with the given ISO weekday on or after `from`. */
const onOrAfter = (from: TIsoDate, weekday: number) => addDays(from, (weekday - isoWeekday(from) + 7) % 7);
const FRIDAY = 5;
const MONDAY = 1;

/**
 * A starting point for the year form, laid out as Russian schools usually do: quarters with
 * autumn, winter and spring breaks, or trimesters with a winter break. The administrator edits it.
 */
export function defaultYearLayout(startYear: number, termKind: TTermKind): TYearLayout {
  const y = startYear;
  const startDate = iso(y, 9, 1);
  const name = `${y}/${y + 1}`;
  const winter = {
    kind: "winter" as const,
    startDate: addDays(onOrAfter(iso(y, 12, 24), FRIDAY), 1),
    endDate: addDays(onOrAfter(iso(y + 1, 1, 9), MONDAY), -1),
  };
  if (termKind === "TRIMESTER") {
    const t1End = onOrAfter(iso(y, 11, 24), FRIDAY);
    const t3Start = onOrAfter(iso(y + 1, 2, 26), MONDAY);
    const endDate = onOrAfter(iso(y + 1, 5, 24), FRIDAY);
    return {
      name,
      startDate,
      endDate,
      termKind,
      terms: [
        { startDate, endDate: t1End },
        { startDate: onOrAfter(addDays(t1End, 1), MONDAY), endDate: addDays(t3Start, -3) },
        { startDate: t3Start, endDate },
      ],
      breaks: [winter],
    };
  }
  const q1End = onOrAfter(iso(y, 10, 21), FRIDAY);
  const q2Start = addDays(q1End, 10);
  const q2End = addDays(winter.startDate, -1);
  const q3Start = addDays(winter.endDate, 1);
  const q3End = onOrAfter(iso(y + 1, 3, 17), FRIDAY);
  const q4Start = addDays(q3End, 10);
  const endDate = onOrAfter(iso(y + 1, 5, 20), FRIDAY);
  return {
    name,
    startDate,
    endDate,
    termKind,
    terms: [
      { startDate, endDate: q1End },
      { startDate: q2Start, endDate: q2End },
      { startDate: q3Start, endDate: q3End },
      { startDate: q4Start, endDate },
    ],
    breaks: [
      { kind: "autumn", startDate: addDays(q1End, 1), endDate: addDays(q2Start, -1) },
      winter,
      { kind: "spring", startDate: addDays(q3End, 1), endDate: addDays(q4Start, -1) },
    ],
  };
}

const GAP_KEYS = new Set(["termGap", "yearStartGap", "yearEndGap"]);

/**
 * The issues an edit introduces. A year recorded before its breaks were entered as holidays
 * (imported, or made by hand in the database) has gaps already; an edit may leave them as they
 * are, but may not add school days to them.
 */
export function introducedIssues(before: readonly TLayoutIssue[], after: readonly TLayoutIssue[]): TLayoutIssue[] {
  return after.filter((issue) => {
    if (!GAP_KEYS.has(issue.key)) return true;
    const old = before.find((b) => b.path === issue.path && b.key === issue.key);
    return !old || (old.count ?? 0) < (issue.count ?? 0);
  });
}
