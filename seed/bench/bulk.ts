// Bulk inserts without COPY support in `pg`: each column travels as one array parameter and the
// server unnests them, so 50,000 rows cost one round trip and one statement, not 50,000.
import type pg from "pg";

export type TColumn = { type: string; values: readonly unknown[] } | { type: string; constant: unknown };
const CHUNK = 25_000;

export async function insertColumns(client: pg.ClientBase, table: string, columns: Record<string, TColumn>) {
  const names = Object.keys(columns);
  const arrays = names.filter((n) => "values" in columns[n]);
  const length = arrays.length ? (columns[arrays[0]] as { values: readonly unknown[] }).values.length : 0;
  for (const n of arrays) {
    if ((columns[n] as { values: readonly unknown[] }).values.length !== length) throw new Error(`${table}.${n}: column lengths differ`);
  }
  for (let from = 0; from < length; from += CHUNK) {
    const params: unknown[] = [];
    const select = names.map((n) => {
      const c = columns[n];
      if ("constant" in c) {
        params.push(c.constant === null ? null : String(c.constant));
        return `$${params.length}::text::${c.type}`;
      }
      params.push(c.values.slice(from, from + CHUNK).map((v) => (v === null || v === undefined ? null : String(v))));
      return `u."${n}"::${c.type}`;
    });
    const unnest = arrays.map((n) => `$${names.indexOf(n) + 1}::text[]`).join(", ");
    const alias = arrays.map((n) => `"${n}"`).join(", ");
    await client.query(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select.join(", ")} FROM unnest(${unnest}) AS u(${alias})`,
      params,
    );
  }
}

/** Columns from rows: `pick(rows, { id: ["int", (r) => r.id] })`. */
export function columnsOf<T>(rows: readonly T[], spec: Record<string, [string, (row: T, index: number) => unknown]>): Record<string, TColumn> {
  return Object.fromEntries(Object.entries(spec).map(([name, [type, get]]) => [name, { type, values: rows.map((r, i) => get(r, i)) }]));
}

/** After explicit ids: each table's id sequence continues after its largest id. */
export async function resetSequences(client: pg.ClientBase, tables: readonly string[]) {
  for (const t of tables) {
    await client.query(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), GREATEST((SELECT max(id) FROM "${t}"), 1))`);
  }
}
