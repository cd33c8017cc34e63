import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce, isAllowedOrigin, requestFacts, securityHeaders } from "./headers";

const plain = { isTls: false, isDev: false };
const tls = { isTls: true, isDev: false };

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with this request's nonce: no inline, no eval, no other site", () => {
    const csp = contentSecurityPolicy("abc123", plain);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
  });

  it("upgrades insecure requests only behind TLS, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", plain)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", tls)).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { isTls: false, isDev: true })).toContain("'unsafe-eval'");
  });

  it("lets nothing run in what a route handler answers", () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });

  it("gets a fresh 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    expect(atob([...nonces][0])).toHaveLength(16);
  });
});

describe("the other security headers", () => {
  it("forbid sniffing and framing and keep addresses from other sites", () => {
    expect(securityHeaders(plain)).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY" });
  });

  it("send HSTS only behind TLS", () => {
    expect(securityHeaders(plain)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders(tls)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it("know TLS from NEXTAUTH_URL or from the proxy's X-Forwarded-Proto", () => {
    expect(requestFacts(new Headers(), { NEXTAUTH_URL: "http://localhost:3000" }).isTls).toBe(false);
    expect(requestFacts(new Headers(), { NEXTAUTH_URL: "https://belem.example" }).isTls).toBe(true);
    expect(requestFacts(new Headers({ "x-forwarded-proto": "https" }), { TRUSTED_PROXIES: "1" }).isTls).toBe(true);
    expect(requestFacts(new Headers({ "x-forwarded-proto": "http" }), { TRUSTED_PROXIES: "1" }).isTls).toBe(false);
    // Reached directly, a client's own X-Forwarded-Proto proves nothing.
    expect(requestFacts(new Headers({ "x-forwarded-proto": "https" }), {}).isTls).toBe(false);
  });
});

describe("same-origin writes", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("let a POST from our own page through", () => {
    expect(isAllowedOrigin("POST", h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isAllowedOrigin("POST", h({ origin: "https://belem.example", host: "10.0.0.5:3000", "x-forwarded-host": "belem.example" }), 1)).toBe(true);
  });

  it("refuse a foreign origin that a client's own X-Forwarded-Host names (no proxy trusted)", () => {
    expect(isAllowedOrigin("POST", h({ origin: "https://evil.example", host: "belem.example", "x-forwarded-host": "evil.example" }), 0)).toBe(false);
    expect(isAllowedOrigin("POST", h({ origin: "https://evil.example", host: "10.0.0.5", "x-forwarded-host": "evil.example, belem.example" }), 1)).toBe(false);
  });

  it("refuse a POST from another site, a look-alike host, a null origin or no origin at all", () => {
    expect(isAllowedOrigin("POST", h({ origin: "https://evil.example", host: "belem.example" }))).toBe(false);
    expect(isAllowedOrigin("POST", h({ origin: "https://belem.example.evil.example", host: "belem.example" }))).toBe(false);
    expect(isAllowedOrigin("POST", h({ origin: "http://belem.example:8080", host: "belem.example" }))).toBe(false);
    expect(isAllowedOrigin("POST", h({ origin: "null", host: "belem.example" }))).toBe(false);
    expect(isAllowedOrigin("POST", h({ host: "belem.example" }))).toBe(false);
    expect(isAllowedOrigin("DELETE", h({ origin: "not a url", host: "belem.example" }))).toBe(false);
  });

  it("leave reads alone", () => {
    expect(isAllowedOrigin("GET", h({ origin: "https://evil.example", host: "belem.example" }))).toBe(true);
    expect(isAllowedOrigin("HEAD", h({}))).toBe(true);
  });
});
