// Where the database is: DATABASE_URL when set, else the embedded PostgreSQL under .data/.
import { startEmbeddedPostgres } from "./embedded";

export type TDatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function openDatabase(opts: { embeddedName?: string; port?: number; quiet?: boolean } = {}): Promise<TDatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, isEmbedded: false, stop: async () => {} };
  const db = await startEmbeddedPostgres({ name: opts.embeddedName, port: opts.port, quiet: opts.quiet });
  return { url: db.url, isEmbedded: true, stop: db.stop };
}
