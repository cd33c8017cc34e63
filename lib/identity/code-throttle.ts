// Typing codes is throttled like signing in (lib/auth/throttle.ts), from the same LoginAttempt
// table: failures are counted per address under a name of their own ("code:<address>", 5 free
// then a doubling wait) and also count towards the address's sign-in failures.
import "server-only";
import { headers } from "next/headers";
import { checkLoginRate, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { ActionError } from "@/lib/errors";
import { clientIp } from "@/lib/security/forwarded";

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

export type TThrottled<T> = { ok: true; value: T | null } | { ok: false; retryAfterSeconds: number };

/** Runs `attempt` unless this address must wait; a null result counts as a failure. */
export async function codeAttempt<T>(ip: string, attempt: () => Promise<T | null>): Promise<TThrottled<T>> {
  const key = `code:${ip}`;
  const rate = await checkLoginRate(key, ip);
  if (!rate.ok) return rate;
  const value = await attempt();
  await recordLoginAttempt(key, ip, value !== null);
  return { ok: true, value };
}

/** For actions: as codeAttempt, a wait becoming the translated "rate_limited" error. */
export async function throttledCodeAttempt<T>(attempt: () => Promise<T | null>): Promise<T | null> {
  const result = await codeAttempt(await requestIp(), attempt);
  if (!result.ok) throw new ActionError("rate_limited", { count: result.retryAfterSeconds });
  return result.value;
}
