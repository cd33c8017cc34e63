// For tests only: the browser's sign-in run through next-auth's own core handler (the code behind
// /api/auth/*) with Belem's options — a CSRF token, then the credentials callback, as
// next-auth/react does it. No HTTP server needed; the database and Argon2 are the real ones.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { NextAuthOptions } from "next-auth";
import { DEVICE_COOKIE } from "../../lib/auth/device";
import { authOptions } from "../../lib/auth/options";
import { requestStore } from "./request-context";

// next-auth 4 does not export its core in package.json.
type TInternalResponse = { status?: number; cookies?: TAuthCookie[]; body?: unknown; redirect?: string };
const { AuthHandler } = createRequire(import.meta.url)(resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<TInternalResponse>;
};

export type TAuthCookie = { name: string; value: string; options: Record<string, unknown> };
export type TSignInResult = {
  session?: TAuthCookie;
  /** The device cookie the browser holds afterwards (set at a successful sign-in). */
  device?: string;
  csrfToken: string;
  error: string | null;
  status?: number;
  ms: number;
};

// As app/api/auth/[...nextauth]/route.ts runs it: NextAuth() fills the secret from the environment.
const options = () => ({ ...authOptions, secret: process.env.NEXTAUTH_SECRET });

export async function signInThroughNextAuth(
  login: string,
  password: string,
  ip: string,
  base = "http://localhost:3000",
  opts: { device?: string } = {},
): Promise<TSignInResult> {
  // Cookies read and set through next/headers (the device cookie) live in this request's jar.
  const jar = new Map(opts.device ? [[DEVICE_COOKIE, opts.device]] : []);
  const result = await requestStore.run({ cookies: jar, headers: new Headers({ "x-forwarded-for": ip }) }, () => signInOnce(login, password, ip, base));
  return { ...result, device: jar.get(DEVICE_COOKIE) };
}

async function signInOnce(login: string, password: string, ip: string, base: string): Promise<TSignInResult> {
  const headers = { host: new URL(base).host, "x-forwarded-for": ip };
  const csrf = await AuthHandler({ req: new Request(`${base}/api/auth/csrf`, { headers }), options: options() });
  const csrfCookie = (csrf.cookies ?? []).find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  const { csrfToken } = csrf.body as { csrfToken: string };
  // The app's route handler turns the posted form into this object; the core reads JSON.
  const body = JSON.stringify({ login, password, csrfToken, json: "true", callbackUrl: base });
  const started = performance.now();
  const res = await AuthHandler({
    req: new Request(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", cookie: `${csrfCookie.name}=${csrfCookie.value}` },
      body,
    }),
    options: options(),
  });
  const ms = performance.now() - started;
  const session = res.cookies?.find((c) => c.name.endsWith("next-auth.session-token"));
  const error = res.redirect ? (new URL(res.redirect).searchParams.get("error") ?? null) : null;
  return { session, csrfToken, error, status: res.status, ms };
}
