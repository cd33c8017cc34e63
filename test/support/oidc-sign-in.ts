// Signing in through the region's provider without a browser, for the protocol tests: next-auth's
// own core handler (the code behind /api/auth/*) with Belem's options on one side, the real test
// provider over HTTP on the other, and the redirects between them followed by hand so a test can
// change what comes back (a wrong state, a code used twice).
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { NextAuthOptions } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";

type TCookie = { name: string; value: string };
type TInternalResponse = { status?: number; cookies?: TCookie[]; body?: unknown; redirect?: string };
const { AuthHandler } = createRequire(import.meta.url)(resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<TInternalResponse>;
};

const options = () => ({ ...authOptions, secret: process.env.NEXTAUTH_SECRET });
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keep(jar: Map<string, string>, cookies: TCookie[] = []) {
  for (const c of cookies) jar.set(c.name, c.value);
}

export type TStarted = { base: string; jar: Map<string, string>; authorizationUrl: string };

/** next-auth's first leg: the CSRF token, then POST /api/auth/signin/oidc; the provider's URL and next-auth's check cookies. */
export async function startOidcSignIn(base = "http://localhost:3000"): Promise<TStarted> {
  const headers = { host: new URL(base).host };
  const jar = new Map<string, string>();
  const csrf = await AuthHandler({ req: new Request(`${base}/api/auth/csrf`, { headers }), options: options() });
  keep(jar, csrf.cookies);
  const { csrfToken } = csrf.body as { csrfToken: string };
  const res = await AuthHandler({
    req: new Request(`${base}/api/auth/signin/oidc`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", cookie: cookieHeader(jar) },
      body: JSON.stringify({ csrfToken, callbackUrl: `${base}/link`, json: "true" }),
    }),
    options: options(),
  });
  keep(jar, res.cookies);
  if (!res.redirect) throw new Error(`no redirect to the provider: ${JSON.stringify(res)}`);
  return { base, jar, authorizationUrl: res.redirect };
}

/** The browser's part at the provider: its login form filled with `login`, redirects followed back to Belem. */
export async function loginAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = "GET";
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(url, {
      method,
      redirect: "manual",
      headers: { cookie: cookieHeader(jar), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const location = res.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.pathname.startsWith("/api/auth/callback/")) return next;
      url = next.toString();
      method = "GET";
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action || !html.includes('name="login"')) throw new Error(`unexpected page at the provider (${res.status}): ${html.slice(0, 300)}`);
    url = new URL(action, url).toString();
    method = "POST";
    body = new URLSearchParams({ prompt: "login", login, password: "any" }).toString();
  }
  throw new Error("too many redirects at the provider");
}

export type TCallbackResult = { redirect: string | null; error: string | null; token: JWT | null };

/** next-auth's callback with the given query (as the provider sent it, or altered) and the first leg's cookies. */
export async function finishOidcSignIn(started: TStarted, callback: URL): Promise<TCallbackResult> {
  const res = await AuthHandler({
    req: new Request(`${started.base}/api/auth/callback/oidc${callback.search}`, {
      headers: { host: new URL(started.base).host, cookie: cookieHeader(started.jar) },
    }),
    options: options(),
  });
  const session = res.cookies?.find((c) => c.name.endsWith("next-auth.session-token") && c.value);
  const token = session ? await decode({ token: session.value, secret: process.env.NEXTAUTH_SECRET as string }) : null;
  const redirect = res.redirect ?? null;
  const error = redirect ? (new URL(redirect, started.base).searchParams.get("error") ?? null) : null;
  return { redirect, error, token };
}
