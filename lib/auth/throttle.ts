// How long a sign-in must wait, from recent failures counted in buckets. Pure, so the growth of
// the delay is tested without a clock (throttle.test.ts).
//   - per login × address: 5 failures since the login's last successful sign-in are free; each
//     further failure doubles the wait (2 s, 4 s, 8 s … up to 15 min), counted from the latest;
//   - per login from every address: 20 free, then the same doubling (guessing spread over many
//     addresses);
//   - per address: 30 free (a school's computer room shares one address), then the same doubling;
//     a success does not reset it, or one valid account would open the door to guessing others.
//   - from a device that has signed in to this login before (a valid device cookie, OWASP's
//     device-cookie pattern) only that device's own failures count, 5 free: failures from
//     elsewhere cannot lock the owner out of their own computer.
export const WINDOW_MS = 15 * 60_000;
export const FREE_FAILURES_PER_LOGIN_AND_IP = 5;
export const FREE_FAILURES_PER_LOGIN = 20;
export const FREE_FAILURES_PER_IP = 30;
export const FREE_FAILURES_PER_DEVICE = 5;
export const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds to wait after `excessFailures` failures past the free ones: 2, 4, 8 … capped at 15 min. */
export function lockoutSeconds(excessFailures: number): number {
  if (excessFailures <= 0) return 0;
  return Math.min(2 ** excessFailures, MAX_WAIT_SECONDS);
}

/** Seconds still to wait given failures (newest first) and how many are free; 0 when none. */
export function waitSeconds(failuresNewestFirst: readonly Date[], free: number, now: number): number {
  const excess = failuresNewestFirst.length - free + 1;
  if (excess <= 0) return 0;
  const until = failuresNewestFirst[0].getTime() + lockoutSeconds(excess) * 1000;
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** Failures (newest first) of each bucket: from a known device, or from an unknown one. */
export type TFailures = { device: readonly Date[] } | { loginAndIp: readonly Date[]; login: readonly Date[]; ip: readonly Date[] };

export function retryAfterSeconds(f: TFailures, now: number): number {
  if ("device" in f) return waitSeconds(f.device, FREE_FAILURES_PER_DEVICE, now);
  return Math.max(
    waitSeconds(f.loginAndIp, FREE_FAILURES_PER_LOGIN_AND_IP, now),
    waitSeconds(f.login, FREE_FAILURES_PER_LOGIN, now),
    waitSeconds(f.ip, FREE_FAILURES_PER_IP, now),
  );
}
