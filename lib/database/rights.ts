// What `npm run db:restore` needs of the database user: to create the database it restores into
// (CREATEDB) and to rename the live one aside (its owner). The README's setup grants both; an
// installation made before that is told at start-up and by restore itself, before anything is
// touched, with the statement that fixes it.
import pg from "pg";

export async function restoreRightsProblem(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ user: string; database: string; canCreate: boolean; isOwner: boolean }>(`
      SELECT current_user AS "user", current_database() AS database,
        (SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user) AS "canCreate",
        pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') AS "isOwner"`);
    const r = rows[0];
    const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
    if (!r.canCreate)
      return `the database user ${r.user} may not create databases, which db:restore needs (it restores beside the live database, then swaps): as a superuser run ALTER ROLE ${ident(r.user)} CREATEDB;`;
    if (!r.isOwner)
      return `the database user ${r.user} does not own the database ${r.database}, which db:restore needs to swap it: as a superuser run ALTER DATABASE ${ident(r.database)} OWNER TO ${ident(r.user)};`;
    return null;
  } finally {
    await client.end();
  }
}

/** Whether the database holds any person at all (an installation with --no-seed starts with none). */
export async function hasAnyone(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM "User" LIMIT 1`)).rowCount === 1;
  } finally {
    await client.end();
  }
}
