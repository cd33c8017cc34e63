// Which month a report shows: from the URL when it names a real one, else the one under way (or
// the last one begun); the term is `pickTerm` (lib/school/terms.ts). Pure: months are "YYYY-MM".
import type { TIsoDate } from "@/lib/i18n/dates";

export type TMonth = string; // "2026-11"

/** The months from the one holding `from` to the one holding `to`, in order. */
export function monthsBetween(from: TIsoDate, to: TIsoDate): TMonth[] {
  const out: TMonth[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 36; guard++) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    out.push(month);
    if (month >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The first day of the month and the first day of the next one (exclusive end). */
export function monthRange(month: TMonth): { from: TIsoDate; to: TIsoDate } {
  const from = `${month}-01`;
  return { from, to: `${nextMonth(month)}-01` };
}

function nextMonth(month: TMonth): TMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** `param` if it is one of `months`; else the month holding `today` if listed, else the last one begun, else the first. */
export function pickMonth(months: readonly TMonth[], today: TIsoDate, param?: string): TMonth | undefined {
  if (param && months.includes(param)) return param;
  const current = today.slice(0, 7);
  if (months.includes(current)) return current;
  return months.filter((m) => m <= current).at(-1) ?? months[0];
}
