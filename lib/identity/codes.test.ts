import { describe, expect, it } from "vitest";
import { formatCode, generateCode, identityKey, keyedHash, normalizeClaim, normalizeCode } from "./codes";

describe("codes", () => {
  it("are typed back however they are spaced or cased", () => {
    const code = generateCode(10);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
  });

  it("hash with a key: another key or purpose gives another hash", () => {
    const a = Buffer.alloc(32, 1);
    const b = Buffer.alloc(32, 2);
    expect(keyedHash("code", "ABCD", a)).toBe(keyedHash("code", "ABCD", a));
    expect(keyedHash("code", "ABCD", a)).not.toBe(keyedHash("code", "ABCD", b));
    expect(keyedHash("code", "ABCD", a)).not.toBe(keyedHash("claim", "ABCD", a));
    expect(keyedHash("claim", "12345678901", a)).not.toContain("12345678901");
  });

  it("derive the key from NEXTAUTH_SECRET unless one of its own is set", () => {
    expect(identityKey({ NEXTAUTH_SECRET: "x".repeat(32) })).toEqual(identityKey({ NEXTAUTH_SECRET: "x".repeat(32) }));
    expect(identityKey({ NEXTAUTH_SECRET: "x".repeat(32) })).not.toEqual(identityKey({ NEXTAUTH_SECRET: "y".repeat(32) }));
    expect(identityKey({ NEXTAUTH_SECRET: "x".repeat(32), BELEM_IDENTITY_KEY: "k".repeat(32) }).toString()).toBe("k".repeat(32));
  });

  it("read a СНИЛС the same with or without separators", () => {
    expect(normalizeClaim("123-456-789 01")).toBe("12345678901");
    expect(normalizeClaim(" 12345678901 ")).toBe("12345678901");
  });
});
