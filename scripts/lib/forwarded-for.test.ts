// The server step that records the socket's address: whatever a client writes in X-Forwarded-For,
// the list Next sees ends with the address that really connected, so lib/security/forwarded.ts
// with TRUSTED_PROXIES=0 takes that one.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp } from "../../lib/security/forwarded";
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from "../../lib/security/headers";
import { appendPeerAddress, REFUSAL_HEADERS, refuseForbiddenMethod } from "./forwarded-for.mjs";

const server = createServer((req, res) => {
  if (refuseForbiddenMethod(req, res)) return;
  appendPeerAddress(req);
  res.end(JSON.stringify({ chain: req.headers["x-forwarded-for"], direct: clientIp(req.headers, 0), viaOne: clientIp(req.headers, 1) }));
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const ask = async (headers: Record<string, string> = {}) => (await fetch(base, { headers })).json();

describe("the socket's address", () => {
  it("is the whole list when the client sent none", async () => {
    expect(await ask()).toMatchObject({ chain: "127.0.0.1", direct: "127.0.0.1" });
  });

  it("closes the list whatever the client wrote, so a forged address is never the client's with no proxy trusted", async () => {
    const answer = await ask({ "x-forwarded-for": "203.0.113.9, 6.6.6.6" });
    expect(answer).toEqual({ chain: "203.0.113.9, 6.6.6.6, 127.0.0.1", direct: "127.0.0.1", viaOne: "6.6.6.6" });
  });
});

describe("methods Next cannot handle", () => {
  it("get 405 with the security headers proxy.ts would send", async () => {
    const { request } = await import("node:http");
    const status = await new Promise<{ code?: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request(`${base}/login`, { method: "TRACE" }, (res) => {
        res.resume();
        resolve({ code: res.statusCode, headers: res.headers });
      });
      req.on("error", reject);
      req.end();
    });
    expect(status.code).toBe(405);
    expect(status.headers["x-content-type-options"]).toBe("nosniff");
    expect(REFUSAL_HEADERS).toEqual({ ...securityHeaders({ isTls: false, isDev: false }), "Content-Security-Policy": API_CONTENT_SECURITY_POLICY });
  });
});
