// Database chores.
//   tsx scripts/db.ts migrate              apply prisma/migrations to DATABASE_URL or the embedded db
//   tsx scripts/db.ts new-migration NAME   write prisma/migrations/<ts>_NAME from schema.prisma changes:
//                                          the existing migrations are applied to a scratch database
//                                          by our own runner, then Prisma's WebAssembly schema engine
//                                          diffs that database against schema.prisma (its `migrate
//                                          dev` would need a shadow database the wasm engine lacks)
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../lib/database/connection";
import { recreateDatabase, startEmbeddedPostgres, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { onShutdown, shutdown } from "./lib/process";

const [command, name] = process.argv.slice(2);

if (command === "migrate") {
  const db = await openDatabase();
  onShutdown(() => db.stop());
  const result = await migrate(db.url);
  console.log(result.applied.length ? `applied: ${result.applied.join(", ")}` : "no pending migrations");
  await shutdown(0);
} else if (command === "new-migration" && name) {
  const server = await startEmbeddedPostgres({ name: "migrations-scratch", port: Number(process.env.BELEM_SCRATCH_PG_PORT ?? 54338), quiet: true });
  onShutdown(() => server.stop());
  const url = withDatabase(server.url, "belem_migrations");
  await recreateDatabase(url);
  await migrate(url);
  const sql = execFileSync(process.execPath, ["scripts/prisma-wasm.mjs", "diff-db"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (!sql.replace(/--.*$/gm, "").trim()) {
    console.log("No schema changes: schema.prisma and the migrations agree.");
    await shutdown(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join("prisma/migrations", `${stamp}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`${dir}/migration.sql written; review it, then \`npm run db:migrate\` applies it.`);
  await shutdown(0);
} else {
  console.error("usage: tsx scripts/db.ts migrate | new-migration NAME");
  await shutdown(2);
}
