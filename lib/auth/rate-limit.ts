// Sign-in throttling from the LoginAttempt table, which every app process shares: the rules are in
// throttle.ts. Attempts refused for waiting are not recorded, so hammering during a wait neither
// lengthens it for the real owner nor fills the table.
import "server-only";
import { db } from "@/lib/db";
import { FREE_FAILURES_PER_IP, FREE_FAILURES_PER_LOGIN, retryAfterSeconds, WINDOW_MS } from "./throttle";

// Enough rows to reach the 15-minute cap (2^10 s) past the free failures.
const LOOKBACK = 12;

export async function checkLoginRate(login: string, ip: string, now = Date.now()): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const since = new Date(now - WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { login, isSuccess: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [byLogin, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { login, isSuccess: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
      orderBy: { createdAt: "desc" },
      take: FREE_FAILURES_PER_LOGIN + LOOKBACK,
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, isSuccess: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: FREE_FAILURES_PER_IP + LOOKBACK,
      select: { createdAt: true },
    }),
  ]);
  const wait = retryAfterSeconds(
    byLogin.map((a) => a.createdAt),
    byIp.map((a) => a.createdAt),
    now,
  );
  return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
}

export async function recordLoginAttempt(login: string, ip: string, isSuccess: boolean) {
  await db.loginAttempt.create({ data: { login, ip, isSuccess }, select: { id: true } });
}
