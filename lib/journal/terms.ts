// Which term a journal opens on. Pure.
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TJournalTerm } from "./types";

/**
 * The term named by `?term=` when it exists; else the term holding `focusDate` (a lesson asked for
 * with `?lesson=`), else today's term, else the last term that has begun, else the first.
 */
export function pickTerm(terms: readonly TJournalTerm[], opts: { param?: string; focusDate?: TIsoDate; today: TIsoDate }): TJournalTerm | null {
  if (terms.length === 0) return null;
  const byNumber = opts.param && /^\d{1,2}$/.test(opts.param) ? terms.find((t) => t.number === Number(opts.param)) : undefined;
  if (byNumber) return byNumber;
  const holding = (date: TIsoDate) => terms.find((t) => t.startDate <= date && date <= t.endDate);
  if (opts.focusDate) {
    const t = holding(opts.focusDate);
    if (t) return t;
  }
  const current = holding(opts.today);
  if (current) return current;
  const begun = terms.filter((t) => t.startDate <= opts.today);
  return begun.length ? begun[begun.length - 1] : terms[0];
}

/** The term a date falls in, if any (dates in holidays between terms fall in none). */
export function termOf(terms: readonly TJournalTerm[], date: TIsoDate): TJournalTerm | undefined {
  return terms.find((t) => t.startDate <= date && date <= t.endDate);
}
