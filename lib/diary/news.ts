// "What's new" in a pupil's diary: marks and homework created since the reader last opened the
// feed. Pure rules of time; the SQL that applies them is in news-sql.ts.
import { addDays, fromIsoDate, schoolToday } from "@/lib/i18n/dates";

const DAY_MS = 24 * 3600_000;

/**
 * With no visit recorded yet, the last week counts as new (not the whole year): from the start of
 * the school day a week ago, so the count changes with the date, not with every passing minute
 * (a page's ETag holds for a day when nothing is written).
 */
export const NEWS_FIRST_VISIT_DAYS = 7;
/** Europe/Moscow is UTC+3 all year. */
const SCHOOL_UTC_OFFSET_MS = 3 * 3600_000;
/** The feed always shows at least this much history, so it is not empty right after a visit. */
export const FEED_MIN_DAYS = 14;
/** Homework due longer ago than this is not news, whenever it was typed in. */
export const NEWS_HOMEWORK_DUE_DAYS = 14;
/**
 * Homework given at a lesson longer ago than this is not news either. It bounds the unread count
 * and the feed to the pupil's lessons of the last six weeks instead of the whole year. What it
 * leaves out is homework due four weeks or more after the lesson it was set at (with the 14 days
 * above): rare, since the journal sets homework for the next lessons.
 */
export const NEWS_HOMEWORK_LESSON_DAYS = 42;
/** The feed lists at most this many items of each kind. */
export const FEED_LIMIT = 100;

/** The moment after which marks and homework are new to this reader. */
export function newsSince(seenAt: Date | null, now: Date): Date {
  return seenAt ?? new Date(fromIsoDate(addDays(schoolToday(now), -NEWS_FIRST_VISIT_DAYS)).getTime() - SCHOOL_UTC_OFFSET_MS);
}

/** Where the feed starts: at the last visit, or further back to show two weeks of history. */
export function feedStart(since: Date, now: Date): Date {
  return new Date(Math.min(since.getTime(), now.getTime() - FEED_MIN_DAYS * DAY_MS));
}

/**
 * The new "seen" moment when a reader marks the feed read up to `upTo` (the moment the page they
 * read was rendered): never in the future, never earlier than what was already seen.
 */
export function nextSeenAt(current: Date | null, upTo: Date, now: Date): Date {
  const capped = upTo.getTime() > now.getTime() ? now : upTo;
  return current && current.getTime() > capped.getTime() ? current : capped;
}
