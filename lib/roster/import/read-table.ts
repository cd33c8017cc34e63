// A table file's bytes as rows of cells, whichever way the school saved it: an Excel workbook
// (.xlsx: its first sheet, each cell as Excel shows it) or a CSV (decode.ts, table.ts). Pure.
import ExcelJS from "exceljs";
import { decodeCsv, type TEncoding } from "./decode";
import { parseTable, type TTable } from "./table";

export type TTableFile = { table: TTable; encoding: TEncoding | "xlsx" } | { table: null; problem: "unreadable" };

/** An .xlsx is a zip archive: it starts with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readXlsx(bytes: Uint8Array): Promise<TTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { delimiter: ";", header: [], rows: [] };
  const width = sheet.columnCount;
  const cellsOf = (n: number) => {
    const row = sheet.getRow(n);
    return Array.from({ length: width }, (_, i) => (row.getCell(i + 1).text ?? "").replace(/\s+/g, " ").trim());
  };
  const rows: TTable["rows"] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const cells = cellsOf(n);
    if (cells.some((c) => c !== "")) rows.push({ row: n, cells });
  }
  return { delimiter: ";", header: sheet.rowCount ? cellsOf(1) : [], rows };
}

export async function readTableFile(bytes: Uint8Array): Promise<TTableFile> {
  if (isZip(bytes)) {
    try {
      return { table: await readXlsx(bytes), encoding: "xlsx" };
    } catch {
      return { table: null, problem: "unreadable" };
    }
  }
  // A binary file that is neither (an .xls of old Excel, a picture) has NUL bytes no CSV has.
  if (bytes.includes(0)) return { table: null, problem: "unreadable" };
  const { text, encoding } = decodeCsv(bytes);
  return { table: parseTable(text), encoding };
}
