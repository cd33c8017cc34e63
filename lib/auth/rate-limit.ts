// Sign-in throttling from the LoginAttempt table (shared by every app process): after a few
// failures for one login or one address in a window, further tries wait, longer each time.
import "server-only";
import { db } from "@/lib/db";

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES_PER_LOGIN = 5;
const FREE_FAILURES_PER_IP = 30;

/** Seconds to wait after `failures` failures past the free ones: 2, 4, 8 … capped at 15 min. */
export function lockoutSeconds(excessFailures: number): number {
  if (excessFailures <= 0) return 0;
  return Math.min(2 ** excessFailures, 900);
}

export async function checkLoginRate(login: string, ip: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byLogin, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { login, createdAt: { gte: since }, isSuccess: false },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db.loginAttempt.count({ where: { ip, createdAt: { gte: since }, isSuccess: false } }),
  ]);
  const excess = Math.max(byLogin.length - FREE_FAILURES_PER_LOGIN + 1, byIp - FREE_FAILURES_PER_IP + 1, 0);
  if (excess <= 0 || byLogin.length === 0) {
    if (byIp < FREE_FAILURES_PER_IP) return { ok: true };
  }
  const last = byLogin[0]?.createdAt.getTime() ?? Date.now();
  const waitUntil = last + lockoutSeconds(excess) * 1000;
  const retryAfterSeconds = Math.ceil((waitUntil - Date.now()) / 1000);
  return retryAfterSeconds > 0 ? { ok: false, retryAfterSeconds } : { ok: true };
}

export async function recordLoginAttempt(login: string, ip: string, isSuccess: boolean) {
  await db.loginAttempt.create({ data: { login, ip, isSuccess }, select: { id: true } });
}
