// The .xlsx of the attendance of a class, the school summary and the region summary.
import type { TFunction } from "i18next";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { className, fullName } from "@/lib/school/names";
import type { TAttendanceTotals } from "../attendance-figures";
import { monthLabel, pupilLabel, termLabel } from "../format";
import type { TAttendanceReport, TRegionSummaryReport, TSchoolSummaryReport } from "../load";
import { addHeader, addNotes, addRow, addSheet, addTitle, FMT, figureCells, figureLabels, newBook } from "./book";
import type { TBuiltBook } from "./term-books";

const MISSED = ["illness", "excused", "unexcused", "missed"] as const;
const AFTER = ["late", "wholeDays", "wholeDaysIllness"] as const;

const totalsCells = (x: TAttendanceTotals) => [x.lessons, ...MISSED.map((k) => x[k]), ...AFTER.map((k) => x[k])].map((value) => ({ value, numFmt: FMT.int }));

export function attendanceBook(r: TAttendanceReport, t: TFunction, lng: TLanguage): TBuiltBook {
  const { cls, year, month, attendance } = r;
  const name = className(cls);
  const monthName = monthLabel(month, lng);
  const book = newBook();
  const ws = addSheet(book, t("reports:attendance.sheetName"), [5, 34, 11, 11, 13, 13, 9, 11, 11, 11]);
  addTitle(
    ws,
    [t("reports:attendance.title", { className: name, month: monthName }), localized(r.school, lng), t("reports:schoolYear", { name: year.name })],
    10,
  );
  // Two header rows: "lessons missed" spans its four reasons; the other titles span both rows.
  const top = addHeader(ws, [
    t("reports:termSheet.number"),
    t("reports:termSheet.pupil"),
    t("reports:attendance.lessons"),
    t("reports:attendance.missedGroup"),
    null,
    null,
    null,
    ...AFTER.map((k) => t(`reports:attendance.${k}`)),
  ]);
  const sub = addHeader(ws, [null, null, null, ...MISSED.map((k) => t(`reports:attendance.${k}`)), null, null, null]);
  ws.mergeCells(top.number, 4, top.number, 7);
  for (const col of [1, 2, 3, 8, 9, 10]) ws.mergeCells(top.number, col, sub.number, col);
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: sub.number }];
  attendance.pupils.forEach((p, i) => {
    addRow(ws, [i + 1, pupilLabel(t, p), ...totalsCells(p.totals)]);
  });
  const total = addRow(ws, [null, t("reports:attendance.total"), ...totalsCells(attendance.total)], { isTotal: true });
  ws.mergeCells(total.number, 1, total.number, 2);
  total.getCell(1).value = t("reports:attendance.total");
  addNotes(ws, [t("reports:attendance.legend")], 10);
  return {
    book,
    fileName: t("reports:file.attendance", { className: name, month: monthName }),
    asciiName: `attendance-class-${cls.grade}-${cls.id}-${month}`,
  };
}

export function schoolBook(r: TSchoolSummaryReport, t: TFunction, lng: TLanguage): TBuiltBook | null {
  const { school, year, term, summary } = r;
  if (!year || !term || !summary) return null;
  const termName = termLabel(t, year.termKind, term.number);
  const book = newBook();
  const ws = addSheet(book, t("reports:school.sheetName"), [12, 30, 10, 10, 7, 7, 7, 7, 7, 13, 13, 10]);
  addTitle(ws, [t("reports:school.title", { term: termName }), localized(school, lng), t("reports:schoolYear", { name: year.name })], 12);
  const header = addHeader(ws, [t("reports:school.class"), t("reports:school.homeroom"), t("reports:school.pupils"), ...figureLabels(t)]);
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: header.number }];
  for (const c of summary.classes) {
    const label = c.isUngraded ? `${className(c)} (${t("reports:school.ungraded")})` : className(c);
    addRow(ws, [label, c.homeroom ? fullName(c.homeroom) : null, { value: c.pupils, numFmt: FMT.int }, ...figureCells(c.figures)]);
  }
  addRow(ws, [t("reports:school.total"), null, { value: summary.pupils, numFmt: FMT.int }, ...figureCells(summary.total)], { isTotal: true });
  addNotes(ws, [t("reports:legend.sou")], 12);
  return { book, fileName: t("reports:file.school", { term: termName }), asciiName: `school-summary-${school.id}-term-${term.number}` };
}

export function regionBook(r: TRegionSummaryReport, t: TFunction, lng: TLanguage): TBuiltBook | null {
  const { region, term, summary } = r;
  if (!term || !summary) return null;
  const termName = termLabel(t, term.termKind, term.number);
  const book = newBook();
  const ws = addSheet(book, t("reports:region.sheetName"), [44, 22, 9, 10, 10, 7, 7, 7, 7, 7, 13, 13, 10]);
  addTitle(ws, [t("reports:region.title", { term: termName }), localized(region, lng)], 13);
  const header = addHeader(ws, [
    t("reports:region.school"),
    t("reports:region.municipality"),
    t("reports:region.classes"),
    t("reports:region.pupils"),
    ...figureLabels(t),
  ]);
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: header.number }];
  for (const s of summary.schools) {
    addRow(ws, [
      localized(s, lng),
      localized(s.municipality, lng),
      { value: s.classes, numFmt: FMT.int },
      { value: s.pupils, numFmt: FMT.int },
      ...figureCells(s.figures),
    ]);
  }
  addRow(
    ws,
    [t("reports:region.total"), null, { value: summary.classes, numFmt: FMT.int }, { value: summary.pupils, numFmt: FMT.int }, ...figureCells(summary.total)],
    {
      isTotal: true,
    },
  );
  addNotes(ws, [t("reports:legend.sou")], 13);
  return { book, fileName: t("reports:file.region", { term: termName }), asciiName: `region-summary-${region.id}-term-${term.number}` };
}
