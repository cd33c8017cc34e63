// Reading next-auth's session cookie without deriving its key on every request. next-auth's own
// `decode` runs HKDF over the secret each time it is called, and every request calls it (proxy.ts's
// renewal check, then the page's session read); the key depends only on the secret, so it is
// derived once per secret here. The token is the same JWE next-auth writes ("dir", A256GCM, the
// same key, the same 15 s clock tolerance): next-auth's `getToken` takes this as its `decode`.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/** next-auth 4's encryption key: HKDF-SHA256 of the secret and salt (none for the session cookie), its info string, 32 bytes. */
export function sessionTokenKey(secret: string | Buffer, salt = ""): Uint8Array {
  const id = `${typeof secret === "string" ? secret : secret.toString("base64")}\n${salt}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32));
    // One secret in production; tests use a few. A bound all the same, so the map cannot grow.
    if (keys.size >= 8) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/** The token's claims, or null without a token; throws on a token that does not verify (as next-auth's). */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, sessionTokenKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
