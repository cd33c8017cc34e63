// For tests only: every table's row count and an md5 over its rows' text in a fixed order, plus
// the applied migrations — two databases with equal fingerprints hold the same rows.
import pg from "pg";

async function query<T extends pg.QueryResultRow>(client: pg.Client, sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

export async function tableFingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await query<{ name: string }>(client, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] =
        name === "_prisma_migrations"
          ? await query<{ v: string }>(
              client,
              `SELECT string_agg(migration_name || ':' || checksum, ',' ORDER BY migration_name) AS v FROM "_prisma_migrations"`,
            )
          : await query<{ v: string }>(
              client,
              `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS v FROM "${name}" t`,
            );
      out[name] = row.v;
    }
    return out;
  } finally {
    await client.end();
  }
}
