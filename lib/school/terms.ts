// Which term of a school year a page opens on (the journal, the diary's marks, the reports). Pure:
// dates are "YYYY-MM-DD" strings.
import type { TIsoDate } from "@/lib/i18n/dates";

export type TTermSpan = { number: number; startDate: TIsoDate; endDate: TIsoDate };

/**
 * The term numbered by `param` (`?term=`) when the year has it; else the term holding `focusDate`
 * (a lesson asked for with `?lesson=`), else the term holding `today`, else the last term begun
 * (a holiday between terms, or after the year), else the first.
 */
export function pickTerm<T extends TTermSpan>(terms: readonly T[], opts: { param?: string; focusDate?: TIsoDate; today: TIsoDate }): T | undefined {
  const asked = opts.param && /^\d{1,2}$/.test(opts.param) ? terms.find((t) => t.number === Number(opts.param)) : undefined;
  if (asked) return asked;
  const sorted = [...terms].sort((a, b) => a.number - b.number);
  const focused = opts.focusDate ? termOf(sorted, opts.focusDate) : undefined;
  return focused ?? termOf(sorted, opts.today) ?? sorted.filter((t) => t.startDate <= opts.today).at(-1) ?? sorted[0];
}

/** The term a date falls in, if any (dates in holidays between terms fall in none). */
export function termOf<T extends TTermSpan>(terms: readonly T[], date: TIsoDate): T | undefined {
  return terms.find((t) => t.startDate <= date && date <= t.endDate);
}
