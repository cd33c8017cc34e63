import { describe, expect, it } from "vitest";
import { monthRange, monthsBetween, pickMonth } from "./periods";

describe("report periods", () => {
  it("lists the months of a school year across the new year", () => {
    expect(monthsBetween("2026-09-01", "2027-05-21")).toEqual([
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
    ]);
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(monthRange("2027-02")).toEqual({ from: "2027-02-01", to: "2027-03-01" });
  });

  it("picks the month asked for, else this month, else the last begun", () => {
    const months = monthsBetween("2026-09-01", "2027-05-21");
    expect(pickMonth(months, "2026-11-25", "2026-10")).toBe("2026-10");
    expect(pickMonth(months, "2026-11-25", "2025-10")).toBe("2026-11");
    expect(pickMonth(months, "2027-07-10")).toBe("2027-05");
    expect(pickMonth(months, "2026-08-10")).toBe("2026-09");
  });
});
