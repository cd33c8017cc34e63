// Runs before every request (Next 16's proxy, formerly middleware):
//   0. only GET, HEAD and POST are served (TRACE, PUT, … get 405), and a body larger than the
//      upload setting allows gets 413 (lib/upload-limit.mjs), both with the security headers,
//      before Next would cut the body short or fail with a 500; a server action's body that is not
//      whole, sane JSON (or a whole multipart form) gets 400 (lib/security/action-body.ts);
//   1. a request that could change something (a server action, a form post) must come from a page
//      of ours: Origin must name this host — a cross-site or origin-less POST gets 403;
//   2. a fresh CSP nonce: Next reads it from the request's Content-Security-Policy header and puts
//      it on its own scripts, so the app runs under a policy with no 'unsafe-inline' script (route
//      handlers, which answer data and files, get a policy that lets nothing run at all);
//   3. the security headers (lib/security/headers.ts), HSTS only behind TLS;
//   4. a session in use is renewed (lib/auth/session-refresh.ts): the idle timeout counts from the
//      last request, not from sign-in;
//   5. a pupil's diary week or marks page gets an ETag made from what it shows (lib/cache/page-etag.ts),
//      and a repeated request that still names it gets 304 with no body, without rendering the page.
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-lifetime";
import { refreshedSessionToken, sessionCookieName } from "@/lib/auth/session-refresh";
import { diaryPageTag, isNotModified, TAGGED_PAGE_CACHE_CONTROL } from "@/lib/cache/page-etag";
import { actionBodyProblem } from "@/lib/security/action-body";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce, isAllowedOrigin, requestFacts, securityHeaders } from "@/lib/security/headers";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/upload-size";

const SERVED_METHODS = new Set(["GET", "HEAD", "POST"]);

export async function proxy(request: NextRequest) {
  const facts = requestFacts(request.headers);
  const refuse = (status: number, extra: Record<string, string> = {}) =>
    new NextResponse(null, { status, headers: { ...securityHeaders(facts), "Content-Security-Policy": API_CONTENT_SECURITY_POLICY, ...extra } });
  if (!SERVED_METHODS.has(request.method)) return refuse(405, { Allow: "GET, HEAD, POST" });
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return refuse(413);
  if (!isAllowedOrigin(request.method, request.headers)) return refuse(403);
  if (request.method === "POST" && request.headers.has("next-action")) {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    if (actionBodyProblem(request.headers.get("content-type") ?? "", body)) return refuse(400);
  }
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(securityHeaders(facts))) response.headers.set(name, value);
    // Diary pages with an ETag are kept in the browser's own cache: signing out empties it, so the
    // next person at a shared computer cannot go "back" to them.
    if (request.method === "POST" && request.nextUrl.pathname === "/api/auth/signout") response.headers.set("Clear-Site-Data", '"cache"');
    return response;
  }
  const tag = await diaryPageTag(request, sessionCookieName(isSecureSite()), process.env.NEXTAUTH_SECRET);
  if (tag && isNotModified(request, tag)) {
    // The browser keeps the page it has, with the headers it came with: no new CSP here, whose
    // nonce would not be the one in that page.
    const notModified = new NextResponse(null, { status: 304, headers: { ...securityHeaders(facts), ETag: tag, "Cache-Control": TAGGED_PAGE_CACHE_CONTROL } });
    await renewSession(request, notModified, facts.isTls);
    return notModified;
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, facts);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(facts))) response.headers.set(name, value);
  if (tag) {
    // Next keeps a Cache-Control it finds set (its own would be no-store: nothing to revalidate).
    response.headers.set("ETag", tag);
    response.headers.set("Cache-Control", TAGGED_PAGE_CACHE_CONTROL);
  }
  await renewSession(request, response, facts.isTls);
  return response;
}

/** next-auth names the cookie by NEXTAUTH_URL, as getToken() reads it. */
const isSecureSite = () => Boolean(process.env.NEXTAUTH_URL?.startsWith("https://"));

async function renewSession(request: NextRequest, response: NextResponse, isTls: boolean) {
  const secret = process.env.NEXTAUTH_SECRET;
  const isSecure = isSecureSite();
  const name = sessionCookieName(isSecure);
  const raw = request.cookies.get(name)?.value;
  if (!raw || !secret) return;
  const renewed = await refreshedSessionToken(raw, secret);
  if (!renewed) return;
  response.cookies.set(name, renewed, { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure || isTls, maxAge: SESSION_IDLE_SECONDS });
}

export const config = {
  // Everything but Next's static files: pages, server actions, route handlers (downloads too).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
