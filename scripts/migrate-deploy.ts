// The migration runner of a production image, without devDependencies: bundled by
// `npm run build:migrate` into one file that needs only `pg` (which the standalone server ships).
//   DATABASE_URL=... node migrate.mjs      applies prisma/migrations (relative to the working folder)
import { resolve } from "node:path";
import { migrate } from "../lib/database/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[belem] DATABASE_URL is not set: the migrations need the database to apply to.");
  process.exit(1);
}
try {
  const result = await migrate(url, resolve(process.env.MIGRATIONS_DIR ?? "prisma/migrations"));
  console.log(`[belem] migrations applied: ${result.applied.length}${result.applied.length ? ` (${result.applied.join(", ")})` : ""}`);
} catch (e) {
  console.error(`[belem] migrations failed: ${(e as Error).message}`);
  process.exit(1);
}
