// `npm run db:backup [-- --out file]`: a consistent backup of the database while the app runs.
// pg_dump's custom format when a pg_dump as new as the server exists (PATH or PG_BIN), otherwise
// Belem's own gzip'd NDJSON (scripts/lib/backup-format.ts). Restore with `npm run db:restore`.
import "dotenv/config";
import { parseArgs } from "node:util";
import { backupDatabase } from "./lib/dump";
import { maintenanceDatabase } from "./lib/maintenance-db";
import { onShutdown, shutdown } from "./lib/process";

const { values } = parseArgs({ options: { out: { type: "string" }, logical: { type: "boolean", default: false } } });
const stamp = new Date().toISOString().replaceAll(":", "-").slice(0, 19);

const db = await maintenanceDatabase();
onShutdown(() => db.stop());
try {
  const file = values.out ?? `.data/backups/belem-${stamp}.${values.logical ? "ndjson.gz" : "backup"}`;
  const summary = await backupDatabase(db.url, file, { forceLogical: values.logical });
  const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(
    `[backup] ${summary.file} (${summary.method === "pg_dump" ? "pg_dump custom format" : "Belem logical format"}): ${total} rows in ${Object.keys(summary.rows).length} tables`,
  );
  await shutdown(0);
} catch (error) {
  console.error(`[backup] failed: ${(error as Error).message}`);
  await shutdown(1);
}
