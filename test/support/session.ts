// Acting as a person in an integration test: a server-side session row and a real next-auth JWT
// (signed with the test secret) naming it in the request's cookie, decoded and checked against the
// database by the real getCurrentUser.
import { encode } from "next-auth/jwt";
import { createServerSession } from "../../lib/auth/server-sessions";
import { requestStore } from "./request-context";

export async function sessionCookie(user: { id: number; sessionVersion?: number }, loginAt = Math.floor(Date.now() / 1000), sid?: string) {
  const id = sid ?? (await createServerSession(user.id, "integration test"));
  return encode({ token: { sub: String(user.id), sv: user.sessionVersion ?? 0, sid: id, loginAt }, secret: process.env.NEXTAUTH_SECRET as string });
}

export async function asUser<T>(
  user: { id: number; sessionVersion?: number },
  fn: () => Promise<T>,
  opts: { headers?: Record<string, string> } = {},
): Promise<T> {
  return (await signedIn(user, opts))(fn);
}

/**
 * Signs the person in now (their session row is written here) and returns a runner that acts as
 * them later: a test that fingerprints the database between the two sees only what `fn` wrote.
 */
export async function signedIn(user: { id: number; sessionVersion?: number }, opts: { headers?: Record<string, string> } = {}) {
  const token = await sessionCookie(user);
  return <T>(fn: () => Promise<T>): Promise<T> =>
    requestStore.run({ cookies: new Map([["next-auth.session-token", token]]), headers: new Headers(opts.headers) }, fn);
}

export function asAnonymous<T>(fn: () => Promise<T>, opts: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<T> {
  return requestStore.run({ cookies: new Map(Object.entries(opts.cookies ?? {})), headers: new Headers(opts.headers) }, fn);
}
