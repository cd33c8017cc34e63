// The idle timeout, for real. next-auth only re-issues a JWT when /api/auth/session is asked, and
// Belem's pages read the token without asking, so without this a session would end eight hours
// after sign-in however busy its owner. proxy.ts hands each request's cookie to
// `refreshedSessionToken`: a token more than UPDATE_AGE old is re-issued with a new expiry (the
// idle timeout starts again) and the same sign-in time, so the absolute lifetime still holds.
import { encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS } from "./session-lifetime";
import { decodeCached } from "./token-cache";

/** next-auth's cookie names: the __Secure- prefix (and the Secure flag) when served over https. */
export function sessionCookieName(isSecure: boolean): string {
  return isSecure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** A re-issued token when the given one is valid, old enough to renew and within its lifetime; else null. */
export async function refreshedSessionToken(raw: string, secret: string, nowMs = Date.now()): Promise<string | null> {
  const token = await decodeCached({ token: raw, secret }).catch(() => null);
  if (!token) return null;
  const now = Math.floor(nowMs / 1000);
  const issuedAt = Number(token.iat ?? 0);
  const loginAt = Number(token.loginAt ?? 0);
  if (!issuedAt || now - issuedAt < SESSION_UPDATE_SECONDS) return null;
  if (!loginAt || now - loginAt > SESSION_ABSOLUTE_SECONDS) return null;
  return encode({ token: { sub: token.sub, sv: token.sv, sid: token.sid, loginAt }, secret, maxAge: SESSION_IDLE_SECONDS });
}
