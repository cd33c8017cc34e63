// A roster file's bytes, read: its encoding, separator, and each row as a person or a problem.
// Pure; the server adds the database's view in plan-students.ts / plan-teachers.ts.
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TImportKind } from "./columns";
import { decodeCsv, type TEncoding } from "./decode";
import { readFile, type TReadFile } from "./rows";
import { parseTable, type TDelimiter } from "./table";

export type TAnalysis<K extends TImportKind> = TReadFile<K> & { encoding: TEncoding; delimiter: TDelimiter };

export function analyseFile<K extends TImportKind>(kind: K, bytes: Uint8Array, today: TIsoDate): TAnalysis<K> {
  const { text, encoding } = decodeCsv(bytes);
  const table = parseTable(text);
  return { ...readFile(kind, table, today), encoding, delimiter: table.delimiter };
}
