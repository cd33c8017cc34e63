// Codes people type from paper or a phone screen: upper-case letters and digits without look-alikes
// (0/O, 1/I/L), grouped by four for reading aloud. Only a keyed hash (HMAC-SHA-256) is stored: the
// hash finds the row, and without the key a stolen table cannot be searched for codes offline.
// The same key hashes a matching claim (СНИЛС), which is never stored in clear.
import { createHmac, hkdfSync, randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random code of `length` characters (50 bits for 10, 40 for 8). */
export function generateCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** "ABCD-EFGH-JK": how a code is printed. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** What a person typed, as stored before hashing: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .slice(0, 40);
}

/** The key for codes and claims: BELEM_IDENTITY_KEY, else one derived from NEXTAUTH_SECRET. */
export function identityKey(env: Record<string, string | undefined> = process.env): Buffer {
  const own = env.BELEM_IDENTITY_KEY;
  if (own && own.length >= 32) return Buffer.from(own, "utf8");
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "belem", "identity-hash-v1", 32));
}

export function keyedHash(purpose: "code" | "claim", value: string, key = identityKey()): string {
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("base64url");
}

/** A matching claim as the school and the provider may write it: СНИЛС "123-456-789 01" = "12345678901". */
export function normalizeClaim(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[\s-]/g, "");
  return /^\d+$/.test(digits) ? digits : trimmed.toLowerCase();
}
