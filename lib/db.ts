// The app's one Prisma client. Password hashes are omitted from every query unless a query asks
// for them with `omit: { passwordHash: false }` (only lib/auth does).
import "server-only";
import { createPrismaClient, type TPrismaClient } from "@/lib/database/prisma";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { belemDb?: TPrismaClient };

export const db: TPrismaClient = globalForDb.belemDb ?? createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
globalForDb.belemDb = db;

export type { TTransaction } from "@/lib/database/prisma";
