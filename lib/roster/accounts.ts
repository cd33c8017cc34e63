// New accounts in bulk: free logins chosen against the database, one-time passwords, and their
// hashes. Argon2 is slow on purpose, so hashing runs a few at a time and always before the
// transaction that writes the accounts (a transaction must not wait on CPU work).
import "server-only";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { loginBase, uniqueLogin } from "./logins";

export type TNewAccount = { login: string; password: string; passwordHash: string };

/** Free logins for the people, in order; `wanted` holds a login typed by an administrator, if any. */
export async function freeLogins(people: readonly { lastName: string; firstName: string; middleName?: string | null; wanted?: string | null }[]) {
  const bases = people.map((p) => p.wanted ?? loginBase(p));
  const prefixes = [...new Set(bases)];
  const existing = prefixes.length
    ? await db.user.findMany({ where: { OR: prefixes.map((b) => ({ login: { startsWith: b } })) }, select: { login: true } })
    : [];
  const taken = new Set(existing.map((u) => u.login));
  return bases.map((base) => {
    const login = uniqueLogin(base, taken);
    taken.add(login);
    return login;
  });
}

/** Runs `fn` over the items with at most `limit` at a time, keeping the order of results. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Logins, one-time passwords and hashes for new people. */
export async function prepareAccounts(
  people: readonly { lastName: string; firstName: string; middleName?: string | null; wanted?: string | null }[],
): Promise<TNewAccount[]> {
  const logins = await freeLogins(people);
  const passwords = people.map(() => generateOneTimePassword());
  const hashes = await mapBounded(passwords, 2, hashPassword);
  return logins.map((login, i) => ({ login, password: passwords[i], passwordHash: hashes[i] }));
}

/** A fresh one-time password and its hash, for a reset. */
export async function newOneTimePassword(): Promise<{ password: string; passwordHash: string }> {
  const password = generateOneTimePassword();
  return { password, passwordHash: await hashPassword(password) };
}
