// Who is asking. Read once per request (React cache) from the JWT and the database: the person,
// their role grants, the place the shell names (their first school, or their region) and their
// server-side session row (lib/auth/server-sessions.ts), all in one SQL statement, since every
// page and every server action starts here.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import type { TGrant } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TLanguage } from "@/lib/i18n/settings";
import { unreadMessagesCount } from "@/lib/messages/unread-sql";
import { isId } from "@/lib/validation";
import { LAST_SEEN_REFRESH_MS, touchServerSession } from "./server-sessions";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";
import { decodeCached } from "./token-cache";

export type TCurrentUser = {
  id: number;
  login: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  locale: TLanguage | null;
  mustChangePassword: boolean;
  roles: TGrant[];
};
/** The school of the person's first school role, else the region of their first regional role. */
export type TSessionPlace = {
  school: { id: number; nameRu: string; nameTt: string; shortNameRu: string; shortNameTt: string } | null;
  region: { id: number; nameRu: string; nameTt: string } | null;
};
/** messagesUnread: messages from others the person has not read yet (the shell's badge), read with the session. */
export type TSession = { user: TCurrentUser; place: TSessionPlace; sessionId: string; messagesUnread: number };

type TSessionRow = TCurrentUser & { isActive: boolean; sessionVersion: number; lastSeenAt: Date; messagesUnread: number } & TSessionPlace;

async function readToken() {
  // getToken wants a request; the cookie store and headers of this request serve as one. Its
  // decode is next-auth's, kept per process once a token has been decrypted (token-cache.ts).
  const req = { cookies: await cookies(), headers: await headers() };
  return getToken({ req: req as never, secret: process.env.NEXTAUTH_SECRET, decode: decodeCached });
}

// Roles in a fixed order (role, then school, then region), so "the first school" is always the same.
const ROLE_ORDER = Prisma.raw(`r.role, r."schoolId" NULLS LAST, r."regionId" NULLS LAST, r.id`);

/** The signed-in person with their roles and place, or null (no token, expired, changed, inactive). */
export const getSession = cache(async (): Promise<TSession | null> => {
  const token = await readToken();
  const id = Number(token?.sub);
  if (!token || !isId(id)) return null;
  const loginAt = Number(token.loginAt ?? 0);
  if (!loginAt || Date.now() / 1000 - loginAt > SESSION_ABSOLUTE_SECONDS) return null;
  const sessionId = typeof token.sid === "string" ? token.sid : "";
  if (!sessionId) return null;
  const rows = await db.$queryRaw<TSessionRow[]>`
    SELECT u.id, u.login, x."lastSeenAt", u."lastName", u."firstName", u."middleName", u.locale::text AS locale, u."isActive", u."sessionVersion",
      u."mustChangePassword",
      COALESCE((SELECT json_agg(json_build_object('role', r.role, 'schoolId', r."schoolId", 'regionId', r."regionId") ORDER BY ${ROLE_ORDER})
        FROM "UserRole" r WHERE r."userId" = u.id), '[]'::json) AS roles,
      (SELECT json_build_object('id', s.id, 'nameRu', s."nameRu", 'nameTt', s."nameTt", 'shortNameRu', s."shortNameRu", 'shortNameTt', s."shortNameTt")
        FROM "UserRole" r JOIN "School" s ON s.id = r."schoolId" WHERE r."userId" = u.id ORDER BY ${ROLE_ORDER} LIMIT 1) AS school,
      (SELECT json_build_object('id', g.id, 'nameRu', g."nameRu", 'nameTt', g."nameTt")
        FROM "UserRole" r JOIN "Region" g ON g.id = r."regionId" WHERE r."userId" = u.id ORDER BY ${ROLE_ORDER} LIMIT 1) AS region,
      ${unreadMessagesCount(Prisma.raw("u.id"))} AS "messagesUnread"
    FROM "User" u JOIN "Session" x ON x.id = ${sessionId} AND x."userId" = u.id AND x."revokedAt" IS NULL
    WHERE u.id = ${id}`;
  const row = rows[0];
  if (!row?.isActive || row.sessionVersion !== Number(token.sv ?? -1)) return null;
  const { isActive: _a, sessionVersion: _s, lastSeenAt, school, region, messagesUnread, ...user } = row;
  // "Last seen" for the person's list of sessions: a write every few minutes, not per request.
  if (Date.now() - new Date(lastSeenAt).getTime() > LAST_SEEN_REFRESH_MS) await touchServerSession(sessionId);
  return { user, place: { school, region }, sessionId, messagesUnread };
});

export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => (await getSession())?.user ?? null);

export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
