// Database chores.
//   tsx scripts/db.ts migrate              apply prisma/migrations to DATABASE_URL or the embedded db
//   tsx scripts/db.ts new-migration NAME   write prisma/migrations/<ts>_NAME from schema.prisma changes
//                                          (Prisma's WebAssembly schema engine on a scratch database)
import "dotenv/config";
import { openDatabase } from "../lib/database/connection";
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { onShutdown, run, shutdown } from "./lib/process";

const [command, name] = process.argv.slice(2);

if (command === "migrate") {
  const db = await openDatabase();
  onShutdown(() => db.stop());
  const result = await migrate(db.url);
  console.log(result.applied.length ? `applied: ${result.applied.join(", ")}` : "no pending migrations");
  await shutdown(0);
} else if (command === "new-migration" && name) {
  const server = await startEmbeddedPostgres({ name: "migrations-scratch", port: 54338, quiet: true });
  onShutdown(() => server.stop());
  const url = withDatabase(server.url, "belem_migrations");
  await recreateDatabase(url);
  const code = await run(process.execPath, ["scripts/prisma-wasm.mjs", "dev", name], { env: { ...process.env, DATABASE_URL: url } });
  await shutdown(code);
} else {
  console.error("usage: tsx scripts/db.ts migrate | new-migration NAME");
  await shutdown(2);
}
