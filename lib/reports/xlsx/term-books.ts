// The .xlsx of the class term sheet and of a teacher's report: the same rows and figures as the
// pages, with marks and figures as numeric cells.
import type ExcelJS from "exceljs";
import type { TFunction } from "i18next";
import { formatAverage } from "@/lib/grading/term-mark";
import type { TTermCell } from "@/lib/grading/term-outcome";
import type { TLanguage } from "@/lib/i18n/settings";
import { localized } from "@/lib/i18n/settings";
import { className, fullName } from "@/lib/school/names";
import { cellKey, cellTitle, FIGURE_KEYS, pupilLabel, termLabel } from "../format";
import type { TAssignmentReportData, TTermSheetReport } from "../load";
import { addHeader, addNotes, addRow, addSheet, addTitle, FMT, figureCells, figureLabels, newBook, type TCellSpec } from "./book";

export type TBuiltBook = { book: ExcelJS.Workbook; fileName: string; asciiName: string };

/** A mark as a number (a suggestion in grey italics with a note saying so), н/а and exemption as text. */
function markCell(t: TFunction, cell: TTermCell): TCellSpec {
  switch (cell.kind) {
    case "set":
      return cell.outcome === "not_assessed" ? { value: t("reports:cell.notAssessed"), note: cellTitle(t, cell) } : { value: cell.outcome, numFmt: FMT.int };
    case "suggested":
      return { value: cell.outcome, numFmt: FMT.int, italic: true, muted: true, note: cellTitle(t, cell) };
    case "exempt":
      return { value: t("reports:cell.exempt"), note: cellTitle(t, cell) };
    default:
      return { value: null };
  }
}

const legend = (t: TFunction) => (["suggested", "notAssessed", "left", "sou"] as const).map((k) => t(`reports:legend.${k}`));

export function termSheetBook(r: TTermSheetReport, t: TFunction, lng: TLanguage): TBuiltBook {
  const { cls, year, term, sheet } = r;
  const name = className(cls);
  const termName = termLabel(t, year.termKind, term.number);
  const book = newBook();
  const width = sheet.subjects.length + 3;
  const ws = addSheet(book, t("reports:termSheet.sheetName"), [5, 34, ...sheet.subjects.map(() => 6), 9]);
  addTitle(
    ws,
    [t("reports:termSheet.title", { className: name, term: termName }), localized(r.school, lng), t("reports:schoolYear", { name: year.name })],
    width,
  );
  const header = addHeader(
    ws,
    [t("reports:termSheet.number"), t("reports:termSheet.pupil"), ...sheet.subjects.map((s) => localized(s, lng)), t("reports:termSheet.classColumn")],
    {
      rotateFrom: 3,
    },
  );
  header.height = 120;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: header.number }];
  sheet.pupils.forEach((p, i) => {
    const row = addRow(ws, [
      i + 1,
      pupilLabel(t, p),
      ...sheet.subjects.map((s) => markCell(t, sheet.cells.get(cellKey(p.id, s.id)) ?? { kind: "none" })),
      null,
    ]);
    if (p.leftOn) row.font = { color: { argb: "FF64748B" } };
  });
  const totals = figureCells(sheet.total);
  const bySubject = sheet.subjects.map((s) => figureCells(sheet.bySubject.get(s.id) ?? null));
  const labels = figureLabels(t);
  FIGURE_KEYS.forEach((_k, i) => {
    const row = addRow(ws, [null, labels[i], ...bySubject.map((cells) => cells[i]), { ...totals[i], bold: true }], { isTotal: true });
    ws.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).value = labels[i];
  });
  addNotes(ws, legend(t), width);
  return {
    book,
    fileName: t("reports:file.termSheet", { className: name, term: termName }),
    asciiName: `term-sheet-class-${cls.grade}-${cls.id}-term-${term.number}`,
  };
}

export function assignmentBook(r: TAssignmentReportData, t: TFunction, lng: TLanguage): TBuiltBook {
  const { assignment: a, year, term, report } = r;
  const subject = localized(a.subject, lng);
  const group = a.subgroup ? ` (${a.subgroup.name})` : "";
  const name = `${className(a.class)}${group}`;
  const termName = termLabel(t, year.termKind, term.number);
  const book = newBook();
  const ws = addSheet(book, t("reports:assignment.sheetName"), [5, 34, 12, 12, 40, 10, 10, 10, 10]);
  addTitle(
    ws,
    [
      t("reports:assignment.title", { subject, className: name, term: termName }),
      localized(r.school, lng),
      t("reports:teacher", { name: fullName(a.teacher) }),
      t("reports:schoolYear", { name: year.name }),
    ],
    9,
  );
  addHeader(ws, [t("reports:figures.subject"), ...figureLabels(t)]);
  addRow(ws, [{ value: subject, left: true }, ...figureCells(report.figures)]);
  ws.addRow([]);
  addHeader(ws, [
    t("reports:termSheet.number"),
    t("reports:termSheet.pupil"),
    t("reports:assignment.average"),
    t("reports:assignment.mark"),
    t("reports:assignment.status"),
  ]);
  report.pupils.forEach((p, i) => {
    const average = p.cell.kind === "none" ? null : p.cell.average;
    const note = cellTitle(t, p.cell);
    addRow(ws, [
      i + 1,
      pupilLabel(t, p),
      { value: average === null ? null : Number(formatAverage(average)), numFmt: FMT.mean },
      markCell(t, p.cell),
      { value: note || null, left: true },
    ]);
  });
  addNotes(ws, legend(t), 9);
  return {
    book,
    fileName: t("reports:file.assignment", { subject, className: name, term: termName }),
    asciiName: `teacher-report-${a.id}-term-${term.number}`,
  };
}
