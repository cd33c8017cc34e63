// The HTTP hardening every response gets from proxy.ts. Pure: the header values are built from the
// request's headers and the environment, and tested in headers.test.ts; e2e/security.spec.ts checks
// that the app actually runs under them in Chromium (no CSP violation on any page).
import { forwardedProto, requestHost, trustedProxies } from "./forwarded";

export type TRequestFacts = {
  /** Served over TLS: NEXTAUTH_URL is https, or the TLS-terminating proxy says so. */
  isTls: boolean;
  isDev: boolean;
};

/** 128 random bits, base64: a fresh one per request, never reused. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function requestFacts(headers: Headers, env: { NEXTAUTH_URL?: string; NODE_ENV?: string; TRUSTED_PROXIES?: string } = process.env): TRequestFacts {
  const proto = forwardedProto(headers, trustedProxies(env));
  return { isTls: proto === "https" || Boolean(env.NEXTAUTH_URL?.startsWith("https://")), isDev: env.NODE_ENV === "development" };
}

/**
 * Scripts run only with this request's nonce (and what they load: 'strict-dynamic'); no inline
 * handler, no eval, no plugin; styles only from our origin or with the nonce; nothing may frame
 * the diary. React's development build needs eval for its error overlays, so only `next dev`
 * gets 'unsafe-eval'.
 */
export function contentSecurityPolicy(nonce: string, facts: TRequestFacts): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${facts.isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${facts.isDev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    // The service worker (notifications) is our own file; 'strict-dynamic' would not cover it.
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind TLS: on plain http (a school's local server) it would break every asset.
    ...(facts.isTls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Route handlers answer data and files, never pages: nothing in them may run, load or be framed.
 * (A homework file's own route sets the same.)
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export function securityHeaders(facts: TRequestFacts): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Diary addresses carry pupils' ids: other sites learn nothing, not even the path.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(facts.isTls ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a request that could change something comes from a page of ours. Browsers send Origin
 * with every POST (Fetch standard), so a cross-site form or fetch always names a foreign origin;
 * a request that names none is refused too (Next alone would let it through with a warning).
 * Safe methods (GET, HEAD) change nothing and are not checked. The host is Host itself, or what a
 * trusted proxy was asked for (./forwarded.ts): a client's own X-Forwarded-Host names nothing.
 */
export function isAllowedOrigin(method: string, headers: Headers, proxies = trustedProxies()): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  const host = requestHost(headers, proxies);
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
