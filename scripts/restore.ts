// `npm run db:restore -- file`: replaces the database with a backup made by `npm run db:backup`.
// The file is checked whole, restored into a database beside the live one, and only then swapped
// in; the replaced database is kept as <name>_before_<time>. Stop the app first: the swap ends
// its connections.
import "dotenv/config";
import { parseArgs } from "node:util";
import { replaceDatabase } from "./lib/load";
import { maintenanceDatabase } from "./lib/maintenance-db";
import { onShutdown, shutdown } from "./lib/process";

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("usage: npm run db:restore -- <backup file>");
  await shutdown(2);
}

const db = await maintenanceDatabase();
onShutdown(() => db.stop());
try {
  const summary = await replaceDatabase(db.url, file);
  const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(`[restore] ${file} restored (${summary.method}${summary.method === "logical" ? `, ${total} rows` : ""})`);
  if (summary.previous) console.log(`[restore] the database it replaced is kept as ${summary.previous}; drop it when no longer needed`);
  await shutdown(0);
} catch (error) {
  console.error(`[restore] failed; the live database was not touched: ${(error as Error).message}`);
  await shutdown(1);
}
