// Checking a login and password. Unknown logins cost the same Argon2 verification as known ones,
// and every failure gives the same answer, so the form reveals nothing about which part was wrong.
import "server-only";
import { db } from "@/lib/db";
import { isLanguage } from "@/lib/i18n/settings";
import { knownDevice, rememberDevice } from "./device";
import { dummyPasswordHash, verifyPassword } from "./password";
import { checkLoginRate, forgetOldLoginAttempts, recordLoginAttempt } from "./rate-limit";

export type TLoginResult = { ok: true; userId: number; sessionVersion: number } | { ok: false; error: "invalid" | "rate_limited"; retryAfterSeconds?: number };

// Hash the stand-in password now, so that even the first unknown login after a restart costs one
// verification, like a known one, and not a hash and a verification.
void dummyPasswordHash();

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export async function checkCredentials(rawLogin: string, password: string, ip: string): Promise<TLoginResult> {
  const login = normalizeLogin(rawLogin).slice(0, 100);
  const device = await knownDevice(login);
  const rate = await checkLoginRate(login, ip, device);
  if (!rate.ok) return { ok: false, error: "rate_limited", retryAfterSeconds: rate.retryAfterSeconds };
  const user = await db.user.findUnique({
    where: { login },
    select: { id: true, passwordHash: true, isActive: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password.slice(0, 200));
  const ok = Boolean(user && valid && user.isActive);
  await recordLoginAttempt(login, ip, ok, device);
  if (!ok || !user) return { ok: false, error: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  await rememberDevice(login);
  await forgetOldLoginAttempts();
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * A language picked on the sign-in page is the person's choice for this visit and from now on: it
 * wins over the language saved in their profile, and is saved there (a signed-in switch does the same).
 */
export async function saveChosenLanguage(userId: number, language: unknown): Promise<void> {
  if (!isLanguage(language)) return;
  await db.user.update({ where: { id: userId }, data: { locale: language }, select: { id: true } });
}
