// The audit search as an .xlsx download (exceljs): the same rows as the screen, every text cell
// neutralised so that nothing a person typed (a comment, a name) opens as a formula.
import type { TFunction } from "i18next";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { addHeader, addSheet, newBook } from "@/lib/reports/xlsx/book";
import type { TBuiltBook } from "@/lib/reports/xlsx/term-books";
import { describeChange, formatMoscowDateTime, neutralizeCell } from "./filters";
import { actionLabel } from "./labels";
import type { TAuditRow } from "./queries";

export function auditBook(rows: readonly TAuditRow[], schoolName: string, t: TFunction, lng: TLanguage): TBuiltBook {
  const book = newBook();
  const sheet = addSheet(book, t("admin:audit.title"), [18, 28, 26, 28, 10, 22, 12, 60]);
  const title = sheet.addRow([neutralizeCell(`${t("admin:audit.title")} — ${schoolName}`)]);
  title.font = { bold: true, size: 13 };
  sheet.addRow([]);
  addHeader(
    sheet,
    ["when", "who", "what", "pupil", "class", "subject", "lessonDate", "change"].map((k) => t(`admin:audit.columns.${k}`)),
  );
  for (const r of rows) {
    sheet.addRow(
      [
        formatMoscowDateTime(r.createdAt),
        r.actorName ?? t("admin:audit.system"),
        actionLabel(t, r.action),
        r.studentName ?? "",
        r.className ?? "",
        r.subject ? localized(r.subject, lng) : "",
        r.lessonDate ?? "",
        describeChange(r.before, r.after),
      ].map(neutralizeCell),
    );
  }
  return { book, fileName: t("admin:audit.fileName"), asciiName: "audit" };
}
