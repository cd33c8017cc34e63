import { describe, expect, it } from "vitest";
import { weekDays } from "./calendar";

describe("the days of a diary week", () => {
  it("are Monday to Saturday when nothing happens on Sunday", () => {
    expect(weekDays("2026-11-23", ["2026-11-23", "2026-11-28"])).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"]);
  });
  it("include Sunday only when a lesson is on it", () => {
    expect(weekDays("2026-11-23", ["2026-11-29"])).toHaveLength(7);
    expect(weekDays("2026-11-23", ["2026-11-29"]).at(-1)).toBe("2026-11-29");
  });
  it("cross a month end", () => {
    expect(weekDays("2026-11-30", [])).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"]);
  });
});
