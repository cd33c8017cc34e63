// Bulk inserts for the journal's big tables (lessons, marks, attendance, homework, term marks):
// one INSERT … SELECT FROM unnest(arrays) per chunk. Prisma's createMany spends ~0.4 ms of CPU per
// row building its query, which made a full year's seed (60k+ rows) take 30–90 s on a busy
// 2-core machine; unnest does the same in a few seconds, inside the same transaction.
import type { TTransaction } from "../lib/database/prisma";

/** PostgreSQL type of a column; `enum:Name` for a Prisma enum column. */
export type TPgType = "int" | "int8" | "bool" | "text" | "date" | "timestamp" | "float8" | `enum:${string}`;

const CHUNK = 10_000;

function arrayType(t: TPgType) {
  if (t.startsWith("enum:")) return "text[]";
  return { int: "int4[]", int8: "int8[]", bool: "bool[]", text: "text[]", date: "date[]", timestamp: "timestamp(3)[]", float8: "float8[]" }[
    t as Exclude<TPgType, `enum:${string}`>
  ];
}

/**
 * Dates travel as strings so that the Node process's time zone cannot shift them: @db.Date columns
 * take the UTC calendar day, timestamp columns the UTC wall time (as Prisma stores DateTime).
 */
function toParam(t: TPgType, v: unknown) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return t === "date" ? v.toISOString().slice(0, 10) : v.toISOString().replace("Z", "");
  // 64-bit ids as decimal strings: exact in the int8[] array, whatever the driver makes of a bigint.
  if (typeof v === "bigint") return String(v);
  return v;
}

/** Inserts rows; with `returning` (an SQL select list) gives back what it names, in no promised order. */
export async function bulkInsert<R extends Record<string, unknown>, T = never>(
  tx: TTransaction,
  table: string,
  columns: { [C in keyof R]: TPgType },
  rows: R[],
  returning?: string,
): Promise<T[]> {
  const names = Object.keys(columns) as (keyof R & string)[];
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params = names.map((n) => chunk.map((r) => toParam(columns[n], r[n])));
    const select = names.map((n, j) => (columns[n].startsWith("enum:") ? `u.c${j}::"${columns[n].slice(5)}"` : `u.c${j}`));
    const sql =
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
      `SELECT ${select.join(", ")} FROM unnest(${names.map((n, j) => `$${j + 1}::${arrayType(columns[n])}`).join(", ")}) ` +
      `AS u(${names.map((_, j) => `c${j}`).join(", ")})` +
      (returning ? ` RETURNING ${returning}` : "");
    if (returning) out.push(...(await tx.$queryRawUnsafe<T[]>(sql, ...params)));
    else await tx.$executeRawUnsafe(sql, ...params);
  }
  return out;
}
