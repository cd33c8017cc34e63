// Builds a Prisma client over node-postgres. lib/db.ts holds the app's one instance; scripts
// (seed, bench) and tests build their own from a URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(url: string, poolSize = 10, pool: { connectionTimeoutMillis?: number } = {}) {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, ...pool });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type TPrismaClient = ReturnType<typeof createPrismaClient>;
export type TTransaction = Parameters<Parameters<TPrismaClient["$transaction"]>[0]>[0];
