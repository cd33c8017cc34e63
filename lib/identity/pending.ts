// An identity the region's provider vouched for that is linked to nobody yet. It rides in the
// next-auth token *instead of* a person (the token then has no `sub`, so getSession() finds no
// one): the only thing it allows is entering a code on /link, for 15 minutes.
import "server-only";
import { cookies, headers } from "next/headers";
import { getToken, type JWT } from "next-auth/jwt";

export const PENDING_SECONDS = 15 * 60;

export type TPendingIdentity = { iss: string; sub: string; at: number; familyName: string | null; givenName: string | null };

/** The token an unlinked identity gets: no person, only the identity and when it was seen. */
export function pendingToken(identity: Omit<TPendingIdentity, "at">, now = Date.now()): JWT {
  return { pending: { ...identity, at: Math.floor(now / 1000) } };
}

export function pendingFromToken(token: JWT | null, now = Date.now()): TPendingIdentity | null {
  const p = token?.pending as TPendingIdentity | undefined;
  if (!p || token?.sub || typeof p.iss !== "string" || typeof p.sub !== "string" || typeof p.at !== "number") return null;
  if (now / 1000 - p.at > PENDING_SECONDS) return null;
  return p;
}

/** The unlinked identity of this request, or null. */
export async function readPendingIdentity(): Promise<TPendingIdentity | null> {
  const req = { cookies: await cookies(), headers: await headers() };
  return pendingFromToken(await getToken({ req: req as never, secret: process.env.NEXTAUTH_SECRET }));
}
