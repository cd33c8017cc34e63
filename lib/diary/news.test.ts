import { describe, expect, it } from "vitest";
import { FEED_MIN_DAYS, feedStart, NEWS_FIRST_VISIT_DAYS, newsSince, nextSeenAt } from "./news";

const now = new Date("2026-11-25T15:00:00.000Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 3600_000);

describe("what counts as new", () => {
  it("is what came after the last visit", () => {
    expect(newsSince(daysAgo(2), now)).toEqual(daysAgo(2));
  });
  it("is the last week on a first visit, from the start of the school day a week ago", () => {
    expect(NEWS_FIRST_VISIT_DAYS).toBe(7);
    // 18:00 in Kazan on the 25th: from midnight of the 18th, Kazan time.
    expect(newsSince(null, now)).toEqual(new Date("2026-11-17T21:00:00.000Z"));
    // Still the same moment a minute before midnight, and a day later after it.
    expect(newsSince(null, new Date("2026-11-25T20:59:00.000Z"))).toEqual(new Date("2026-11-17T21:00:00.000Z"));
    expect(newsSince(null, new Date("2026-11-25T21:00:00.000Z"))).toEqual(new Date("2026-11-18T21:00:00.000Z"));
  });
});

describe("the feed's history", () => {
  it("reaches back two weeks even right after a visit", () => {
    expect(feedStart(daysAgo(0), now)).toEqual(daysAgo(FEED_MIN_DAYS));
  });
  it("reaches back to an older last visit", () => {
    expect(feedStart(daysAgo(40), now)).toEqual(daysAgo(40));
  });
});

describe("marking read", () => {
  it("moves the seen moment forward to the page's time", () => {
    expect(nextSeenAt(daysAgo(3), daysAgo(0), now)).toEqual(now);
    expect(nextSeenAt(null, daysAgo(1), now)).toEqual(daysAgo(1));
  });
  it("never moves it back (an old tab marking read later)", () => {
    expect(nextSeenAt(daysAgo(1), daysAgo(5), now)).toEqual(daysAgo(1));
  });
  it("never moves it into the future (a forged time)", () => {
    expect(nextSeenAt(null, new Date("2030-01-01T00:00:00Z"), now)).toEqual(now);
  });
});
