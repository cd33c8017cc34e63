// Sessions kept on the server. A sign-in creates a row whose random id goes into the encrypted
// JWT; getSession() joins the row in its one statement, so a revoked row refuses the token on
// every page, action and route handler, however long a copied cookie is kept. Rows end on sign-out
// (next-auth's signOut event), on a password change (all of the person's), when an administrator
// signs a person out everywhere, and when the person ends one from their list.
import "server-only";
import { randomBytes } from "node:crypto";
import type { TTransaction } from "@/lib/database/prisma";
import { db } from "@/lib/db";

/** How stale lastSeenAt may get before a request refreshes it: one write per session per period, not per request. */
export const LAST_SEEN_REFRESH_MS = 5 * 60_000;

/** A session id: 128 random bits, URL-safe. */
export function newSessionId(): string {
  return randomBytes(16).toString("base64url");
}

/** A short label of the browser from its User-Agent ("Chrome 131 · Windows"), at most 120 characters. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[0].replace("Edg/", "Edge ") ??
    /YaBrowser\/(\d+)/.exec(ua)?.[0].replace("YaBrowser/", "Yandex ") ??
    /Firefox\/(\d+)/.exec(ua)?.[0].replace("Firefox/", "Firefox ") ??
    /Chrome\/(\d+)/.exec(ua)?.[0].replace("Chrome/", "Chrome ") ??
    (/Safari\//.test(ua) ? "Safari" : null);
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  const label = [browser, system].filter(Boolean).join(" · ");
  return (label || ua.trim() || "?").slice(0, 120);
}

export async function createServerSession(userId: number, userAgent: string | null | undefined): Promise<string> {
  const id = newSessionId();
  await db.session.create({ data: { id, userId, device: deviceLabel(userAgent) }, select: { id: true } });
  return id;
}

export async function touchServerSession(id: string): Promise<void> {
  await db.session.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: new Date() } });
}

export async function revokeServerSession(id: string): Promise<void> {
  await db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a person (in the caller's transaction when given). */
export async function revokeAllServerSessions(userId: number, tx: TTransaction | typeof db = db): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

export type TActiveSession = { id: string; device: string; createdAt: Date; lastSeenAt: Date; isCurrent: boolean };

/** The person's sessions still open (within the absolute lifetime), most recent first. */
export async function listActiveSessions(userId: number, currentId: string | null, since: Date): Promise<TActiveSession[]> {
  const rows = await db.session.findMany({
    where: { userId, revokedAt: null, createdAt: { gte: since } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    take: 50,
  });
  return rows.map((r) => ({ ...r, isCurrent: r.id === currentId }));
}
