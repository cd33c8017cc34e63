import { describe, expect, it } from "vitest";
import { monthRange, monthsBetween, pickMonth, pickTerm } from "./periods";

const terms = [
  { number: 1, startDate: "2026-09-01", endDate: "2026-10-23" },
  { number: 2, startDate: "2026-11-02", endDate: "2026-12-25" },
  { number: 3, startDate: "2027-01-11", endDate: "2027-03-19" },
  { number: 4, startDate: "2027-03-29", endDate: "2027-05-21" },
];

describe("report periods", () => {
  it("takes the term named in the URL when the year has it", () => {
    expect(pickTerm(terms, "2026-11-25", "3")?.number).toBe(3);
    expect(pickTerm(terms, "2026-11-25", "7")?.number).toBe(2);
    expect(pickTerm(terms, "2026-11-25", "1; drop")?.number).toBe(2);
  });

  it("falls back to the term under way, the last begun during a break, or the first before the year", () => {
    expect(pickTerm(terms, "2026-11-25")?.number).toBe(2);
    expect(pickTerm(terms, "2026-10-28")?.number).toBe(1);
    expect(pickTerm(terms, "2026-08-20")?.number).toBe(1);
    expect(pickTerm(terms, "2027-07-01")?.number).toBe(4);
    expect(pickTerm([], "2026-11-25")).toBeUndefined();
  });

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
