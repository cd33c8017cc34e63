// Building blocks of the .xlsx downloads (exceljs): A4 landscape sheets fitted to one page wide,
// bold headers, bordered cells, and numbers as numbers (counts, marks, averages with "0.00",
// rates as fractions with "0.0%"), never as text. Every text that enters a sheet passes through
// neutralisedText here, so a name can never become a formula (../spreadsheet-text.ts).
import ExcelJS from "exceljs";
import type { TFunction } from "i18next";
import type { TReportFigures } from "@/lib/grading/report-figures";
import { FIGURE_KEYS, isRateKey } from "../format";
import { neutralisedCell, neutralisedText } from "../spreadsheet-text";

export type TCellValue = string | number | null;
export type TCellSpec = { value: TCellValue; numFmt?: string; italic?: boolean; muted?: boolean; bold?: boolean; note?: string; left?: boolean };

export const FMT = { int: "0", mean: "0.00", rate: "0.0%" } as const;
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFCBD5E1" } },
  left: { style: "thin", color: { argb: "FFCBD5E1" } },
  bottom: { style: "thin", color: { argb: "FFCBD5E1" } },
  right: { style: "thin", color: { argb: "FFCBD5E1" } },
};
const FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };

export function newBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "Belem";
  book.created = new Date();
  return book;
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet"
  );
}

export function addSheet(book: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(name), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.47, right: 0.47, top: 0.47, bottom: 0.47, header: 0.2, footer: 0.2 },
    },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** The report's title (bold) and what it covers, one line each, across `span` columns. */
export function addTitle(sheet: ExcelJS.Worksheet, lines: string[], span: number): void {
  lines.forEach((line, i) => {
    const row = sheet.addRow([neutralisedText(line)]);
    if (i === 0) row.font = { bold: true, size: 13 };
    if (span > 1) sheet.mergeCells(row.number, 1, row.number, span);
  });
  sheet.addRow([]);
}

export function addHeader(sheet: ExcelJS.Worksheet, labels: (string | null)[], opts: { rotateFrom?: number } = {}): ExcelJS.Row {
  const row = sheet.addRow(labels.map(neutralisedCell));
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.font = { bold: true };
    cell.fill = FILL;
    cell.border = BORDER;
    const rotate = opts.rotateFrom !== undefined && col >= opts.rotateFrom;
    cell.alignment = { wrapText: true, vertical: rotate ? "bottom" : "middle", horizontal: "center", textRotation: rotate ? 90 : 0 };
  });
  return row;
}

export function addRow(sheet: ExcelJS.Worksheet, cells: (TCellValue | TCellSpec)[], opts: { isTotal?: boolean } = {}): ExcelJS.Row {
  const specs = cells.map((c): TCellSpec => (c !== null && typeof c === "object" ? c : { value: c }));
  const row = sheet.addRow(specs.map((s) => neutralisedCell(s.value)));
  specs.forEach((spec, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    const isText = typeof spec.value === "string";
    cell.alignment = { horizontal: spec.left || (isText && i < 2) ? "left" : "center", vertical: "middle", wrapText: isText };
    if (spec.italic || spec.muted || spec.bold || opts.isTotal) {
      cell.font = { italic: spec.italic, bold: spec.bold || opts.isTotal, color: spec.muted ? { argb: "FF64748B" } : undefined };
    }
    if (opts.isTotal) cell.fill = FILL;
    if (spec.note) cell.note = neutralisedText(spec.note);
  });
  return row;
}

/** Lines of explanation under a table, across `span` columns. */
export function addNotes(sheet: ExcelJS.Worksheet, lines: string[], span: number): void {
  sheet.addRow([]);
  for (const line of lines) {
    const row = sheet.addRow([neutralisedText(line)]);
    row.font = { italic: true, size: 9 };
    if (span > 1) sheet.mergeCells(row.number, 1, row.number, span);
  }
}

/** A rate in percent (66.7) as the fraction a spreadsheet formats as "66.7%". */
export function rateCell(value: number | null): TCellSpec {
  return { value: value === null ? null : Math.round(value * 10) / 1000, numFmt: FMT.rate };
}

export function figureLabels(t: TFunction): string[] {
  return FIGURE_KEYS.map((k) => t(`reports:figures.${k}`));
}

/** The figure columns of one row, counts as integers and rates as percentages. */
export function figureCells(f: TReportFigures | null): TCellSpec[] {
  return FIGURE_KEYS.map((k) => (isRateKey(k) ? rateCell(f ? f[k] : null) : { value: f ? f[k] : null, numFmt: FMT.int }));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A download's file name in the reader's language (RFC 6266 filename*), with a plain ASCII name
 * for clients that read only `filename`.
 */
export function contentDisposition(name: string, asciiFallback: string): string {
  const clean = `${name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()}.xlsx`;
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encoded}`;
}
