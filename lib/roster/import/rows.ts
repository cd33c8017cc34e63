// Cells of a roster file read into people: names trimmed, dates as Excel writes them
// (01.09.2015, 1.9.2015, 2015-09-01), classes as people type them (5А, 5 «А», 5-а, 5a). Each
// problem names its column and a key of admin:import.errors. Pure.
import type { TIsoDate } from "@/lib/i18n/dates";
import { COLUMNS, mapHeader, REQUIRED, type TColumn, type TImportKind } from "./columns";
import type { TTable } from "./table";

export type TRowIssue = { column?: TColumn; key: string; params?: Record<string, string | number> };
export type TContact = { phone: string | null; email: string | null };
export type TName = { lastName: string; firstName: string; middleName: string | null };
export type TParentCells = TName & TContact;
export type TStudentRecord = TName & { birthDate: TIsoDate; grade: number; letter: string; parent: TParentCells | null };
export type TTeacherRecord = TName & TContact & { birthDate: TIsoDate | null };
export type TRecordOf<K extends TImportKind> = K extends "students" ? TStudentRecord : TTeacherRecord;
export type TReadRow<K extends TImportKind> = { row: number; label: string; record: TRecordOf<K> | null; issues: TRowIssue[] };
/** `ignored`: header texts that name no column (a "№" column), left out of the import. */
export type TReadFile<K extends TImportKind> = { fileIssues: TRowIssue[]; ignored: string[]; rows: TReadRow<K>[] };

export const MAX_ROWS = 3000;

export function cleanText(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** A date of birth from a cell, or null when it is not a real date between 1900 and today. */
export function parseDate(text: string, today: TIsoDate): TIsoDate | null {
  const t = cleanText(text);
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!dmy && !ymd) return null;
  const [y, m, d] = dmy ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])] : [Number(ymd![1]), Number(ymd![2]), Number(ymd![3])];
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return y >= 1900 && iso <= today ? iso : null;
}

// Latin letters that look like Cyrillic ones, typed by mistake in a class letter ("5A").
const LOOKALIKES: Record<string, string> = {
  A: "\u0410",
  B: "\u0412",
  E: "\u0415",
  K: "\u041A",
  M: "\u041C",
  H: "\u041D",
  O: "\u041E",
  P: "\u0420",
  C: "\u0421",
  T: "\u0422",
  X: "\u0425",
};

/** "5А", "5 «а»", "10-Б", "5a" → grade and a capital Cyrillic letter. */
export function parseClass(text: string): { grade: number; letter: string } | null {
  const match = /^(\d{1,2})\s*[-–]?\s*["«'“]?\s*(\p{L})\s*["»'”]?$/u.exec(cleanText(text));
  if (!match) return null;
  const grade = Number(match[1]);
  const upper = match[2].toUpperCase();
  return grade >= 1 && grade <= 11 ? { grade, letter: LOOKALIKES[upper] ?? upper } : null;
}

/** A phone as comparable digits: a Russian 8 917… and +7 917… and 917… are one number. */
export function phoneKey(phone: string | null): string {
  const digits = (phone ?? "").replace(/\D/g, "");
  if (digits.length === 11 && (digits[0] === "8" || digits[0] === "7")) return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits[0] === "9") return `7${digits}`;
  return digits;
}

function readContact(phone: string, email: string, issues: TRowIssue[], phoneColumn: TColumn, emailColumn: TColumn): TContact {
  const p = cleanText(phone);
  const e = cleanText(email);
  if (p && !/^[+\d][\d\s()-]{4,}$/.test(p)) issues.push({ column: phoneColumn, key: "badPhone" });
  if (e && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) issues.push({ column: emailColumn, key: "badEmail" });
  return { phone: p || null, email: e || null };
}

export function readFile<K extends TImportKind>(kind: K, table: TTable, today: TIsoDate): TReadFile<K> {
  const map = mapHeader(kind, table.header);
  const fileIssues: TRowIssue[] = [];
  if (map.missing.length) fileIssues.push({ key: "missingColumns", params: { columns: map.missing.join(", ") } });
  if (map.duplicate.length) fileIssues.push({ key: "duplicateColumns", params: { columns: map.duplicate.join(", ") } });
  if (table.rows.length === 0) fileIssues.push({ key: "noRows" });
  if (table.rows.length > MAX_ROWS) fileIssues.push({ key: "tooManyRows", params: { max: MAX_ROWS } });
  if (fileIssues.length) return { fileIssues, ignored: map.unknown, rows: [] };

  const rows = table.rows.map(({ row, cells }) => {
    const cell = (c: TColumn) => cleanText(map.columns.has(c) ? cells[map.columns.get(c)!] : "");
    const issues: TRowIssue[] = [];
    for (const c of REQUIRED[kind]) if (!cell(c)) issues.push({ column: c, key: "required" });
    for (const c of COLUMNS[kind]) if (cell(c).length > 100) issues.push({ column: c, key: "tooLong" });
    const name: TName = { lastName: cell("lastName"), firstName: cell("firstName"), middleName: cell("middleName") || null };
    const label = [name.lastName, name.firstName, name.middleName].filter(Boolean).join(" ");
    const birthText = cell("birthDate");
    const birthDate = birthText ? parseDate(birthText, today) : null;
    if (birthText && !birthDate) issues.push({ column: "birthDate", key: "badDate", params: { value: birthText } });
    if (kind === "teachers") {
      const contact = readContact(cell("phone"), cell("email"), issues, "phone", "email");
      const record: TTeacherRecord = { ...name, ...contact, birthDate };
      return { row, label, record: issues.length ? null : record, issues } as TReadRow<K>;
    }
    const classText = cell("class");
    const cls = classText ? parseClass(classText) : null;
    if (classText && !cls) issues.push({ column: "class", key: "badClass", params: { value: classText } });
    const parentName: TName = { lastName: cell("parentLastName"), firstName: cell("parentFirstName"), middleName: cell("parentMiddleName") || null };
    const contact = readContact(cell("parentPhone"), cell("parentEmail"), issues, "parentPhone", "parentEmail");
    const hasParent = Boolean(parentName.lastName || parentName.firstName || parentName.middleName || contact.phone || contact.email);
    if (hasParent && (!parentName.lastName || !parentName.firstName))
      issues.push({ column: parentName.lastName ? "parentFirstName" : "parentLastName", key: "parentIncomplete" });
    const record: TStudentRecord | null =
      issues.length || !cls || !birthDate
        ? null
        : { ...name, birthDate, grade: cls.grade, letter: cls.letter, parent: hasParent ? { ...parentName, ...contact } : null };
    return { row, label, record, issues } as TReadRow<K>;
  });
  return { fileIssues, ignored: map.unknown, rows };
}
