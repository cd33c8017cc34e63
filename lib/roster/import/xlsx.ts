// An .xlsx file's first sheet as the same table a CSV gives (./table.ts), so the roster import and
// the lesson plans read Excel files with the same column mapping. Dates become "YYYY-MM-DD",
// numbers their digits, formulas their last result. Reading is exceljs's; a file it cannot open,
// or one with no sheet, answers null and the caller says so.
import ExcelJS from "exceljs";
import type { TTable } from "./table";

/** An .xlsx is a zip archive: it starts with "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The most rows read from a sheet: more than any file either import accepts. */
const MAX_SHEET_ROWS = 5000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return "";
}

export async function readXlsxTable(bytes: Uint8Array): Promise<Omit<TTable, "delimiter"> | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  if (!sheet) return null;
  const all: { row: number; cells: string[] }[] = [];
  const last = Math.min(sheet.rowCount, MAX_SHEET_ROWS + 1);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).replace(/\s+/g, " ").trim());
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    all.push({ row: r, cells });
  }
  const [header = { row: 1, cells: [] }, ...body] = all;
  return { header: header.cells, rows: body.filter((r) => r.cells.some((c) => c !== "")) };
}
