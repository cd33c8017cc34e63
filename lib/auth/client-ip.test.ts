import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("the client's address", () => {
  it("is the entry the nearest proxy appended, not one the client wrote in front", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" })).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
  });

  it("falls back to X-Real-IP, then to one shared bucket, and is bounded in length", () => {
    expect(clientIp({ "x-real-ip": " 192.0.2.1 " })).toBe("192.0.2.1");
    expect(clientIp({})).toBe("local");
    expect(clientIp(undefined)).toBe("local");
    expect(clientIp({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  });
});
