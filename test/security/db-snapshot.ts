// A fingerprint of every table: its row count and the newest row version (the highest xmin, the
// id of the transaction that wrote the row). Any INSERT or UPDATE that commits leaves a row with a
// newer xmin, any DELETE lowers the count, so two equal fingerprints mean nothing was written.
// That is how the matrix and the bad-input test prove that a refused call "changed nothing"
// without knowing which table it would have touched. (An md5 of every row's text says the same
// five times slower; the backup test compares contents row by row.) It runs thousands of times, so
// it is one prepared statement on a connection of its own rather than a Prisma query.
import pg from "pg";

export type TSnapshot = Record<string, { rows: number; sum: string }>;

let client: Promise<pg.Client> | undefined;
const statements = new Map<string, { name: string; text: string }>();

function connection(): Promise<pg.Client> {
  client ??= (async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    return c;
  })();
  return client;
}

export async function closeSnapshots() {
  const c = await client;
  client = undefined;
  statements.clear();
  await c?.end();
}

/** The statement for all tables, or for one school's rows of the tables that carry schoolId. */
async function statement(perSchool: boolean) {
  const key = perSchool ? "school" : "all";
  const known = statements.get(key);
  if (known) return known;
  const c = await connection();
  const { rows } = await c.query<{ name: string; hasSchool: boolean }>(`
    SELECT t.tablename AS name, EXISTS (SELECT 1 FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name = t.tablename AND c.column_name = 'schoolId') AS "hasSchool"
    FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename NOT IN ('_prisma_migrations', 'LoginAttempt') ORDER BY t.tablename`);
  // LoginAttempt is left out: a refused password check records the attempt on purpose (throttling).
  // Names come from the catalogue, never from input.
  const text = rows
    .filter((t) => !perSchool || t.hasSchool)
    .map(
      (t) =>
        `SELECT '${t.name}' AS name, count(*)::int AS rows, coalesce(max(t.xmin::text::bigint), 0)::text AS sum FROM "${t.name}" t${perSchool ? ` WHERE t."schoolId" = $1` : ""}`,
    )
    .join(" UNION ALL ");
  const made = { name: `belem_snapshot_${key}`, text };
  statements.set(key, made);
  return made;
}

/** Every table; or, given a school, that school's rows only (to prove a write went nowhere else). */
export async function snapshot(opts: { schoolId?: number } = {}): Promise<TSnapshot> {
  const c = await connection();
  const perSchool = opts.schoolId !== undefined;
  const st = await statement(perSchool);
  const { rows } = await c.query<{ name: string; rows: number; sum: string }>({ ...st, values: perSchool ? [opts.schoolId] : [] });
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, sum: r.sum }]));
}

/** Tables whose rows differ between two snapshots, with their row counts before → after. */
export function changedTables(before: TSnapshot, after: TSnapshot): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name]?.sum !== after[name]?.sum || before[name]?.rows !== after[name]?.rows)
    .map((name) => `${name} (${before[name]?.rows ?? 0} → ${after[name]?.rows ?? 0} rows)`);
}
