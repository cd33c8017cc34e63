import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeCached } from "./token-cache";

const secret = "a-secret-of-at-least-thirty-two-characters";

describe("decodeCached", () => {
  it("gives the token's claims, the same on a repeated call, and a copy each time", async () => {
    const token = await encode({ token: { sub: "7", sid: "s1" }, secret, maxAge: 60 });
    const first = await decodeCached({ token, secret });
    expect(first).toMatchObject({ sub: "7", sid: "s1" });
    if (first) first.sub = "8";
    expect(await decodeCached({ token, secret })).toMatchObject({ sub: "7", sid: "s1" });
  });

  it("does not accept under another secret a token it decoded under one", async () => {
    const token = await encode({ token: { sub: "7" }, secret, maxAge: 60 });
    await decodeCached({ token, secret });
    await expect(decodeCached({ token, secret: `${secret}-rotated` })).rejects.toThrow();
  });

  it("does not keep a token past its expiry", async () => {
    const token = await encode({ token: { sub: "7" }, secret, maxAge: -60 });
    await expect(decodeCached({ token, secret })).rejects.toThrow();
  });

  it("answers null for no token", async () => {
    expect(await decodeCached({ token: "", secret })).toBeNull();
  });
});
