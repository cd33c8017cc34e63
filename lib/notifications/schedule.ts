// When a notification may go out: quiet hours (held until they end, never dropped), the back-off
// after a failed attempt, and the evening of the homework digest. Pure: no Prisma, no Next.

export const SCHOOL_TIME_ZONE = "Europe/Moscow";
export const DEFAULT_QUIET = { from: 21 * 60, to: 8 * 60 } as const;
export const DIGEST_MINUTE = 18 * 60;

const MINUTE = 60_000;

/** The wall-clock minute of the day and the local date (YYYY-MM-DD) of `at` in `timeZone`. */
export function localTime(at: Date, timeZone = SCHOOL_TIME_ZONE): { minute: number; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { minute: Number(parts.hour) * 60 + Number(parts.minute), date: `${parts.year}-${parts.month}-${parts.day}` };
}

/** Whether `minute` of the day falls in the quiet span [from, to), which may wrap past midnight. */
export function isQuiet(minute: number, from: number, to: number): boolean {
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** `at`, or the end of the quiet hours `at` falls in (to the minute). */
export function afterQuietHours(at: Date, quiet: { from: number; to: number } = DEFAULT_QUIET, timeZone = SCHOOL_TIME_ZONE): Date {
  const { minute } = localTime(at, timeZone);
  if (!isQuiet(minute, quiet.from, quiet.to)) return at;
  const wait = (quiet.to - minute + 24 * 60) % (24 * 60);
  const start = new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);
  return new Date(start.getTime() + wait * MINUTE);
}

/** Exponential back-off with a little jitter: 10 s, 20 s, 40 s … capped at an hour. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(base * (0.9 + 0.2 * random()));
}

/** After this many failed attempts a delivery is given up (about a day of back-off). */
export const MAX_ATTEMPTS = 12;

/** The local date after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
