import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionTokenKey } from "./session-token";

const secret = "a-test-secret-of-reasonable-length-0123456789";

describe("decodeSessionToken", () => {
  it("reads a token next-auth wrote exactly as next-auth reads it", async () => {
    const token = await encode({ token: { sub: "42", sv: 3, sid: "abc", loginAt: 1_800_000_000 }, secret, maxAge: 3600 });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(ours).toMatchObject({ sub: "42", sv: 3, sid: "abc", loginAt: 1_800_000_000 });
  });

  it("refuses a token made with another secret, a tampered one and an expired one", async () => {
    const token = await encode({ token: { sub: "42" }, secret, maxAge: 3600 });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = `${parts[3].slice(0, -2)}${parts[3].endsWith("AA") ? "BB" : "AA"}`;
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
    const expired = await encode({ token: { sub: "42" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("has nothing to read without a token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it("derives the key once per secret", () => {
    expect(sessionTokenKey(secret)).toBe(sessionTokenKey(secret));
    expect(sessionTokenKey(`${secret}-other`)).not.toEqual(sessionTokenKey(secret));
  });
});
