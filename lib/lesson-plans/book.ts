// A journal's topics as a plan file (.xlsx) with the columns a plan is uploaded with, so a plan
// downloaded from one journal uploads into another. Text cells neutralised against formulas.
import type { TFunction } from "i18next";
import { neutralizeCell } from "@/lib/audit/filters";
import { formatShortDate } from "@/lib/i18n/dates";
import { addHeader, addSheet, newBook } from "@/lib/reports/xlsx/book";
import type { TBuiltBook } from "@/lib/reports/xlsx/term-books";

export function planBook(
  rows: readonly { date: string; topic: string | null; homework: string | null; isCancelled: boolean }[],
  title: string,
  t: TFunction,
): TBuiltBook {
  const book = newBook();
  const sheet = addSheet(book, t("journal:plan.sheet"), [6, 10, 60, 8, 40]);
  addHeader(sheet, [
    t("journal:plan.columns.number"),
    t("journal:plan.columns.date"),
    t("journal:plan.columns.topic"),
    t("journal:plan.columns.hours"),
    t("journal:plan.columns.homework"),
  ]);
  let n = 0;
  for (const r of rows) {
    if (r.isCancelled) continue;
    n++;
    sheet.addRow([n, formatShortDate(r.date), neutralizeCell(r.topic ?? ""), 1, neutralizeCell(r.homework ?? "")]);
  }
  return { book, fileName: `${t("journal:plan.fileName")} — ${title}`, asciiName: "lesson-plan" };
}
