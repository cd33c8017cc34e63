// One-time passwords for new accounts: ten characters without look-alikes (0/o, 1/l/i), easy to
// copy from a printed sheet. The person must change it at the first sign-in.
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateOneTimePassword(length = 10): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
