// The validated environment. Read through env() so a missing value fails with a clear message at
// the first use, not as `undefined` deep inside a query.
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** A streaming replica for the diary, marks page, reports and summaries (docs/decisions/024-read-replica.md). */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** The replay lag beyond which those reads go back to the primary (read by lib/database/replica.ts). */
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().positive().optional(),
  NEXTAUTH_SECRET: z.string().min(16),
  NEXTAUTH_URL: z.string().url().optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;
let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Invalid environment (${fields}). Start Belem with \`npm start\`, or see README.md › Configuration.`);
  }
  cached = parsed.data;
  return cached;
}
