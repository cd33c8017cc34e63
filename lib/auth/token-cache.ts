// next-auth's `decode` derives the encryption key from the secret (HKDF) and decrypts the JWE on
// every call, i.e. on every page and every action; the CPU profile of the diary showed it. A token
// decrypted once is kept, per process, until its own expiry: the same string under the same secret
// always decrypts to the same claims, and a token is never trusted past its `exp`. Revocation does
// not rest on the token anyway: every request checks the server-side session row
// (lib/auth/session.ts). proxy.ts uses it too (the session's renewal, the page's ETag), so a request
// decrypts its token at most once.
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const MAX_ENTRIES = 10_000;
const decoded = new Map<string, { claims: JWT; expiresAtMs: number }>();

export async function decodeCached(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${String(params.secret)}\u0000${params.salt ?? ""}\u0000${params.token}`;
  const hit = decoded.get(key);
  if (hit) {
    decoded.delete(key);
    if (hit.expiresAtMs > Date.now()) {
      decoded.set(key, hit); // most recently used last
      return { ...hit.claims };
    }
  }
  const claims = await decode(params);
  const exp = Number(claims?.exp);
  if (claims && Number.isFinite(exp)) {
    decoded.set(key, { claims, expiresAtMs: exp * 1000 });
    if (decoded.size > MAX_ENTRIES) decoded.delete(decoded.keys().next().value as string);
  }
  return claims ? { ...claims } : null;
}
