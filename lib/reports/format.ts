// How report figures read on a page: decimal commas as Russian and Tatar write them, a dash for a
// figure that cannot be computed, terms and months named in the reader's language. Pure.
import type { TFunction } from "i18next";
import type { TReportFigures } from "@/lib/grading/report-figures";
import { formatAverage } from "@/lib/grading/term-mark";
import type { TTermCell } from "@/lib/grading/term-outcome";
import { monthName } from "@/lib/i18n/dates";
import type { TLanguage } from "@/lib/i18n/settings";
import { surnameFirst } from "@/lib/school/names";

export const DASH = "—";

/** 66.7 → "66,7", 50 → "50", null → "—". */
export function formatRate(value: number | null): string {
  return value === null ? DASH : String(value).replace(".", ",");
}

/** The weighted average as the journal rounds it, with a decimal comma: "4,57". */
export function formatMean(average: number | null): string {
  return average === null ? DASH : formatAverage(average).replace(".", ",");
}

export function termLabel(t: TFunction, termKind: "QUARTER" | "TRIMESTER", n: number): string {
  return t(termKind === "TRIMESTER" ? "common:trimester" : "common:quarter", { n });
}

/** "2026-11" → "Ноябрь 2026" / "Ноябрь 2026". */
export function monthLabel(month: string, lng: TLanguage): string {
  const name = monthName(Number(month.slice(5, 7)) - 1, lng);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${month.slice(0, 4)}`;
}

/** "2026-11-20" → "20.11". */
export function shortDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
}

/** The figure columns every term report shows, in order. */
export const FIGURE_KEYS = ["counted", "fives", "fours", "threes", "twos", "notAssessed", "successRate", "qualityRate", "sou"] as const;
export type TFigureKey = (typeof FIGURE_KEYS)[number];
export const isRateKey = (k: TFigureKey) => k === "successRate" || k === "qualityRate" || k === "sou";

/** A figure as text on a page: counts as they are, rates with a decimal comma, a dash when there is nothing. */
export function figureText(f: TReportFigures | null, key: TFigureKey): string {
  if (!f) return DASH;
  return isRateKey(key) ? formatRate(f[key]) : String(f[key]);
}

/** What a term report cell means, for a tooltip, a screen reader or a spreadsheet note ("" for a plain set mark). */
export function cellTitle(t: TFunction, cell: TTermCell): string {
  switch (cell.kind) {
    case "suggested":
      return t("reports:cell.suggestedTitle", { average: formatMean(cell.average), mark: cell.outcome });
    case "exempt":
      return t("reports:cell.exemptTitle");
    case "set":
      return cell.outcome === "not_assessed" ? t("reports:cell.notAssessedTitle") : "";
    default:
      return t("reports:cell.noneTitle");
  }
}

/** The key of a pupil × subject cell of a term sheet. */
export const cellKey = (studentId: number, subjectId: number) => `${studentId}:${subjectId}`;

type TPupilDates = { lastName: string; firstName: string; joinedOn: string | null; leftOn: string | null };

/** "прибыл(а) 12.11", "выбыл(а) 20.11": when a pupil joined or left the class within the period. */
export function pupilNotes(t: TFunction, p: TPupilDates): string[] {
  return [
    p.joinedOn ? t("reports:pupilNote.joined", { date: shortDate(p.joinedOn) }) : "",
    p.leftOn ? t("reports:pupilNote.left", { date: shortDate(p.leftOn) }) : "",
  ].filter(Boolean);
}

/** "Васильев Вадим (выбыл(а) 20.11)" for a spreadsheet cell. */
export function pupilLabel(t: TFunction, p: TPupilDates): string {
  const notes = pupilNotes(t, p);
  return `${surnameFirst(p)}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
