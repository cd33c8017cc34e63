// How long a sign-in must wait, from the recent failures of the login and of the address. Pure, so
// the growth of the delay is tested without a clock (throttle.test.ts).
//   - per login: 5 failures since its last successful sign-in are free; each further failure
//     doubles the wait (2 s, 4 s, 8 s … up to 15 min), counted from the latest failure;
//   - per address: 30 failures are free (a school's computer room shares one address), then the
//     same doubling; a success does not reset it, or one valid account would open the door to
//     guessing all the others.
export const WINDOW_MS = 15 * 60_000;
export const FREE_FAILURES_PER_LOGIN = 5;
export const FREE_FAILURES_PER_IP = 30;
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

export function retryAfterSeconds(loginFailures: readonly Date[], ipFailures: readonly Date[], now: number): number {
  return Math.max(waitSeconds(loginFailures, FREE_FAILURES_PER_LOGIN, now), waitSeconds(ipFailures, FREE_FAILURES_PER_IP, now));
}
