// Argon2id with the library's defaults (OWASP's recommended parameters in @node-rs/argon2 2.x).
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id is a const enum, which isolatedModules cannot inline: 2 is its value.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when a login is unknown so the time is alike. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`unknown-${Math.random()}`);
  return dummyHash;
}
