import { describe, expect, it } from "vitest";
import { clientIp, forwardedProto, requestHost, trustedProxies } from "./forwarded";

// Belem's server appends the socket's address (here 192.0.2.10) to whatever the client sent.
const forged = { "x-forwarded-for": "6.6.6.6, 7.7.7.7, 192.0.2.10", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "belem.example" };

describe("with no proxy in front (TRUSTED_PROXIES=0, the default)", () => {
  it("takes the socket's address whatever the client wrote in X-Forwarded-For", () => {
    expect(trustedProxies({})).toBe(0);
    expect(clientIp(forged, 0)).toBe("192.0.2.10");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5" }), 0)).toBe("203.0.113.5");
  });

  it("ignores X-Forwarded-Host and -Proto", () => {
    expect(requestHost(forged, 0)).toBe("belem.example");
    expect(forwardedProto(forged, 0)).toBeUndefined();
  });
});

describe("behind one proxy (TRUSTED_PROXIES=1)", () => {
  const viaProxy = {
    "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2",
    "x-forwarded-host": "evil.example, belem.example",
    "x-forwarded-proto": "https",
    host: "10.0.0.5:3000",
  };

  it("takes the address the proxy appended, never one the client wrote in front", () => {
    expect(trustedProxies({ TRUSTED_PROXIES: "1" })).toBe(1);
    expect(clientIp(viaProxy, 1)).toBe("198.51.100.7");
  });

  it("takes the host and scheme the proxy was asked for", () => {
    expect(requestHost(viaProxy, 1)).toBe("belem.example");
    expect(forwardedProto(viaProxy, 1)).toBe("https");
    expect(requestHost({ host: "10.0.0.5:3000" }, 1)).toBe("10.0.0.5:3000");
  });
});

describe("the setting and the edges", () => {
  it("reads TRUSTED_PROXIES as a small whole number, anything else as 0", () => {
    expect(trustedProxies({ TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxies({ TRUSTED_PROXIES: "-1" })).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: "one" })).toBe(0);
  });

  it("falls back to one shared bucket and is bounded in length", () => {
    expect(clientIp({}, 0)).toBe("local");
    expect(clientIp(undefined, 0)).toBe("local");
    expect(clientIp({ "x-forwarded-for": "x".repeat(500) }, 0)).toHaveLength(64);
    // More proxies configured than entries: the leftmost entry, never an invented one.
    expect(clientIp({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" }, 3)).toBe("198.51.100.7");
  });
});
