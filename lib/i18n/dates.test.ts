import { describe, expect, it } from "vitest";
import { addDays, formatDate, isoWeekday, parseDateParam, schoolToday, startOfWeek, weekdayName } from "./dates";

describe("school dates", () => {
  it("names weekdays and months in Tatar without Intl", () => {
    expect(weekdayName("2026-11-25", "tt")).toBe("чәршәмбе");
    expect(weekdayName("2026-11-29", "tt")).toBe("якшәмбе");
    expect(formatDate("2026-11-25", "tt", { weekday: true })).toBe("чәршәмбе, 25 ноябрь");
    expect(formatDate("2026-01-01", "tt")).toBe("1 гыйнвар");
  });

  it("uses genitive month names in Russian", () => {
    expect(formatDate("2026-11-25", "ru", { weekday: true })).toBe("среда, 25 ноября");
    expect(formatDate("2027-03-08", "ru", { year: true })).toBe("8 марта 2027 г.");
  });

  it("finds the Monday of a week across month and year ends", () => {
    expect(startOfWeek("2026-11-25")).toBe("2026-11-23");
    expect(startOfWeek("2026-11-23")).toBe("2026-11-23");
    expect(startOfWeek("2026-11-29")).toBe("2026-11-23");
    expect(startOfWeek("2027-01-01")).toBe("2026-12-28");
    expect(isoWeekday("2026-11-29")).toBe(7);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("takes the school's day in Moscow time", () => {
    expect(schoolToday(new Date("2026-11-25T21:30:00Z"))).toBe("2026-11-26");
    expect(schoolToday(new Date("2026-11-25T20:59:00Z"))).toBe("2026-11-25");
  });

  it("accepts only real dates from a URL", () => {
    expect(parseDateParam("2026-02-30")).toBeUndefined();
    expect(parseDateParam("x")).toBeUndefined();
    expect(parseDateParam("2026-02-28")).toBe("2026-02-28");
  });
});
