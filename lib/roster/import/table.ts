// A CSV text as rows of cells. The separator is whichever of ";" and "," splits the header line
// into more cells (Russian Excel uses ";", others ","). Rows keep their number in the file, as
// Excel shows it, so the preview can say "row 7". Pure (papaparse).
import Papa from "papaparse";

export type TDelimiter = ";" | ",";
export type TTable = { delimiter: TDelimiter; header: string[]; rows: { row: number; cells: string[] }[] };

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

export function detectDelimiter(text: string): TDelimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return countOutsideQuotes(firstLine, ",") > countOutsideQuotes(firstLine, ";") ? "," : ";";
}

export function parseTable(text: string): TTable {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const all = parsed.data.map((cells) => cells.map((c) => c.trim()));
  const [header = [], ...body] = all;
  return {
    delimiter,
    header,
    // Excel leaves rows of bare separators (";;;;") after the data: they are not rows.
    rows: body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c !== "")),
  };
}
