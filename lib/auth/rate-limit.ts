// Sign-in throttling from the LoginAttempt table, which every app process shares: the rules are in
// throttle.ts. Attempts refused for waiting are not recorded, so hammering during a wait neither
// lengthens it for the real owner nor fills the table. Attempts older than 30 days are deleted
// (addresses are personal data; the throttle looks back 15 minutes).
import "server-only";
import { db } from "@/lib/db";
import {
  FREE_FAILURES_PER_DEVICE,
  FREE_FAILURES_PER_IP,
  FREE_FAILURES_PER_LOGIN,
  FREE_FAILURES_PER_LOGIN_AND_IP,
  retryAfterSeconds,
  WINDOW_MS,
} from "./throttle";

// Enough rows to reach the 15-minute cap (2^10 s) past the free failures.
const LOOKBACK = 12;
export const LOGIN_ATTEMPT_RETENTION_DAYS = 30;

type TWait = { ok: true } | { ok: false; retryAfterSeconds: number };

const failuresSince = (where: object, take: number) =>
  db.loginAttempt.findMany({ where: { ...where, isSuccess: false }, orderBy: { createdAt: "desc" }, take: take + LOOKBACK, select: { createdAt: true } });
const times = (rows: { createdAt: Date }[]) => rows.map((r) => r.createdAt);

/** Whether the login may try now, from this address and (when the browser is known for it) this device. */
export async function checkLoginRate(login: string, ip: string, device: string | null = null, now = Date.now()): Promise<TWait> {
  const since = new Date(now - WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { login, isSuccess: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const afterSuccess = { createdAt: { gt: lastSuccess?.createdAt ?? since } };
  let wait: number;
  if (device) {
    wait = retryAfterSeconds({ device: times(await failuresSince({ login, device, ...afterSuccess }, FREE_FAILURES_PER_DEVICE)) }, now);
  } else {
    const [loginAndIp, byLogin, byIp] = await Promise.all([
      failuresSince({ login, ip, ...afterSuccess }, FREE_FAILURES_PER_LOGIN_AND_IP),
      failuresSince({ login, ...afterSuccess }, FREE_FAILURES_PER_LOGIN),
      failuresSince({ ip, createdAt: { gte: since } }, FREE_FAILURES_PER_IP),
    ]);
    wait = retryAfterSeconds({ loginAndIp: times(loginAndIp), login: times(byLogin), ip: times(byIp) }, now);
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
}

export async function recordLoginAttempt(login: string, ip: string, isSuccess: boolean, device: string | null = null) {
  await db.loginAttempt.create({ data: { login, ip, isSuccess, device }, select: { id: true } });
}

/** Deletes attempts past the retention period; run after each successful sign-in (indexed, usually none). */
export async function forgetOldLoginAttempts(now = Date.now()): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now - LOGIN_ATTEMPT_RETENTION_DAYS * 86_400_000) } } });
  return count;
}
