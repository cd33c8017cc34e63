// What `npm run db:restore` needs of the database user: to create the database it restores into
// (CREATEDB) and to rename the live one aside (its owner). The README's setup grants both; an
// installation made before that is told at start-up and by restore itself, before anything is
// touched, with the statement that fixes it.
import pg from "pg";

export async function restoreRightsProblem(url: string): Promise<string | null> {
  // Asked from the maintenance database, as restore itself works: the database restored into may
  // not exist yet (then there is nothing to own).
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ user: string; canCreate: boolean; isOwner: boolean | null }>(
      `SELECT current_user AS "user",
        (SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user) AS "canCreate",
        (SELECT pg_has_role(current_user, datdba, 'USAGE') FROM pg_database WHERE datname = $1) AS "isOwner"`,
      [database],
    );
    const r = rows[0];
    const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
    if (!r.canCreate)
      return `the database user ${r.user} may not create databases, which db:restore needs (it restores beside the live database, then swaps): as a superuser run ALTER ROLE ${ident(r.user)} CREATEDB;`;
    if (r.isOwner === false)
      return `the database user ${r.user} does not own the database ${database}, which db:restore needs to swap it: as a superuser run ALTER DATABASE ${ident(database)} OWNER TO ${ident(r.user)};`;
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
