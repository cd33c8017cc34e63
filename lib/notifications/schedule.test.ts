import { describe, expect, it } from "vitest";
import { afterQuietHours, backoffMs, isQuiet, localTime, nextDate } from "./schedule";

describe("quiet hours", () => {
  it("are 21:00–08:00 Moscow by default, wrapping past midnight", () => {
    expect(isQuiet(21 * 60, 1260, 480)).toBe(true);
    expect(isQuiet(3 * 60, 1260, 480)).toBe(true);
    expect(isQuiet(8 * 60, 1260, 480)).toBe(false);
    expect(isQuiet(12 * 60, 1260, 480)).toBe(false);
    expect(isQuiet(13 * 60, 12 * 60, 14 * 60)).toBe(true);
    expect(isQuiet(13 * 60, 600, 600)).toBe(false);
  });

  it("hold a notification at 22:30 Moscow until 08:00 the next morning, and let one at noon go", () => {
    const late = new Date("2026-12-07T19:30:00Z"); // 22:30 in Moscow (UTC+3)
    expect(localTime(late)).toEqual({ minute: 22 * 60 + 30, date: "2026-12-07" });
    expect(afterQuietHours(late).toISOString()).toBe("2026-12-08T05:00:00.000Z");
    const night = new Date("2026-12-07T23:10:00Z"); // 02:10 on the 8th in Moscow
    expect(afterQuietHours(night).toISOString()).toBe("2026-12-08T05:00:00.000Z");
    const noon = new Date("2026-12-07T09:00:00Z");
    expect(afterQuietHours(noon)).toBe(noon);
  });

  it("back off exponentially up to an hour", () => {
    const fixed = () => 0.5;
    expect(backoffMs(1, fixed)).toBe(10_000);
    expect(backoffMs(3, fixed)).toBe(40_000);
    expect(backoffMs(30, fixed)).toBe(3_600_000);
  });

  it("know tomorrow's date across a month", () => {
    expect(nextDate("2026-12-31")).toBe("2027-01-01");
  });
});
