// A region's list of schools read from a table: one school a row, named by its registry code (INN,
// OGRN or the region's own code), the stable key a re-import matches by. Header texts in Russian
// or Tatar (admin:import.columns and aliases), as for the roster. Pure.
import { mapColumns } from "@/lib/roster/import/columns";
import { cleanText, type TName, type TRowIssue } from "@/lib/roster/import/rows";
import type { TTable } from "@/lib/roster/import/table";

export const SCHOOL_COLUMNS = [
  "registryCode",
  "schoolName",
  "schoolNameTt",
  "shortName",
  "shortNameTt",
  "municipality",
  "address",
  "adminLastName",
  "adminFirstName",
  "adminMiddleName",
] as const;
export type TSchoolColumn = (typeof SCHOOL_COLUMNS)[number];
export const SCHOOL_REQUIRED: readonly TSchoolColumn[] = ["registryCode", "schoolName", "municipality"];

export const MAX_SCHOOL_ROWS = 3000;
const LIMITS: Partial<Record<TSchoolColumn, number>> = { schoolName: 200, schoolNameTt: 200, shortName: 60, shortNameTt: 60, address: 300 };

export type TSchoolRecord = {
  registryCode: string;
  nameRu: string;
  nameTt: string | null;
  shortNameRu: string | null;
  shortNameTt: string | null;
  municipality: string;
  address: string | null;
  admin: TName | null;
};
export type TSchoolRow = { row: number; label: string; record: TSchoolRecord | null; issues: TRowIssue[] };
export type TSchoolFile = { fileIssues: TRowIssue[]; ignored: string[]; rows: TSchoolRow[] };

/** "16 55 012345" and "1655012345" are one code; letters are compared in capitals. */
export function normalizeRegistryCode(text: string): string {
  return cleanText(text).replace(/\s+/g, "").toUpperCase();
}

const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}/-]{2,39}$/u;

export function readSchools(table: TTable): TSchoolFile {
  const map = mapColumns(SCHOOL_COLUMNS, SCHOOL_REQUIRED, table.header);
  const fileIssues: TRowIssue[] = [];
  if (map.missing.length) fileIssues.push({ key: "missingColumns", params: { columns: map.missing.join(", ") } });
  if (map.duplicate.length) fileIssues.push({ key: "duplicateColumns", params: { columns: map.duplicate.join(", ") } });
  if (table.rows.length === 0) fileIssues.push({ key: "noRows" });
  if (table.rows.length > MAX_SCHOOL_ROWS) fileIssues.push({ key: "tooManyRows", params: { max: MAX_SCHOOL_ROWS } });
  if (fileIssues.length) return { fileIssues, ignored: map.unknown, rows: [] };

  const rows = table.rows.map(({ row, cells }): TSchoolRow => {
    const cell = (c: TSchoolColumn) => cleanText(map.columns.has(c) ? cells[map.columns.get(c) as number] : "");
    const issues: TRowIssue[] = [];
    for (const c of SCHOOL_REQUIRED) if (!cell(c)) issues.push({ column: c as never, key: "required" });
    for (const c of SCHOOL_COLUMNS) if (cell(c).length > (LIMITS[c] ?? 100)) issues.push({ column: c as never, key: "tooLong" });
    const code = normalizeRegistryCode(cell("registryCode"));
    if (code && !CODE_PATTERN.test(code)) issues.push({ column: "registryCode" as never, key: "badRegistryCode", params: { value: code } });
    const admin: TName = { lastName: cell("adminLastName"), firstName: cell("adminFirstName"), middleName: cell("adminMiddleName") || null };
    const hasAdmin = Boolean(admin.lastName || admin.firstName || admin.middleName);
    if (hasAdmin && (!admin.lastName || !admin.firstName))
      issues.push({ column: (admin.lastName ? "adminFirstName" : "adminLastName") as never, key: "adminIncomplete" });
    const record: TSchoolRecord = {
      registryCode: code,
      nameRu: cell("schoolName"),
      nameTt: cell("schoolNameTt") || null,
      shortNameRu: cell("shortName") || null,
      shortNameTt: cell("shortNameTt") || null,
      municipality: cell("municipality"),
      address: cell("address") || null,
      admin: hasAdmin ? admin : null,
    };
    return { row, label: record.nameRu || code, record: issues.length ? null : record, issues };
  });
  return { fileIssues, ignored: map.unknown, rows };
}
