// A roster file's bytes, read: its format (CSV with its encoding and separator, or Excel), and each
// row as a person or a problem. The server adds the database's view in plan-students.ts /
// plan-teachers.ts.
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TImportKind } from "./columns";
import { decodeCsv, type TEncoding } from "./decode";
import { readFile, type TReadFile } from "./rows";
import { parseTable, type TDelimiter } from "./table";
import { isXlsx, readXlsxTable } from "./xlsx";

export type TAnalysis<K extends TImportKind> = TReadFile<K> & { format: "csv" | "xlsx"; encoding: TEncoding | null; delimiter: TDelimiter | null };

/** A CSV file. Pure. */
export function analyseFile<K extends TImportKind>(kind: K, bytes: Uint8Array, today: TIsoDate): TAnalysis<K> {
  const { text, encoding } = decodeCsv(bytes);
  const table = parseTable(text);
  return { ...readFile(kind, table, today), format: "csv", encoding, delimiter: table.delimiter };
}

/** A CSV or an .xlsx file, told apart by its first bytes, not by its name. */
export async function analyseUpload<K extends TImportKind>(kind: K, bytes: Uint8Array, today: TIsoDate): Promise<TAnalysis<K>> {
  if (!isXlsx(bytes)) return analyseFile(kind, bytes, today);
  const table = await readXlsxTable(bytes);
  if (!table) return { fileIssues: [{ key: "unreadableXlsx" }], ignored: [], rows: [], format: "xlsx", encoding: null, delimiter: null };
  return { ...readFile(kind, { ...table, delimiter: ";" }, today), format: "xlsx", encoding: null, delimiter: null };
}
