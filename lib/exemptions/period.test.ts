import { describe, expect, it } from "vitest";
import { exemptCellKeys, exemptionState, isExemptInPeriod, isExemptOn } from "./period";

const spans = [
  { studentId: 1, from: "2026-11-10", to: "2026-11-20" },
  { studentId: 2, from: "2026-12-01", to: null },
];

describe("exemption periods", () => {
  it("holds from the first day to the last, both included, open-ended without a last day", () => {
    expect(isExemptOn(spans, 1, "2026-11-09")).toBe(false);
    expect(isExemptOn(spans, 1, "2026-11-10")).toBe(true);
    expect(isExemptOn(spans, 1, "2026-11-20")).toBe(true);
    expect(isExemptOn(spans, 1, "2026-11-21")).toBe(false);
    expect(isExemptOn(spans, 2, "2027-05-01")).toBe(true);
    expect(isExemptOn(spans, 3, "2026-11-15")).toBe(false);
  });

  it("frees the term mark when it overlaps the term at all", () => {
    expect(isExemptInPeriod(spans, 1, "2026-11-03", "2026-12-28")).toBe(true);
    expect(isExemptInPeriod(spans, 1, "2026-09-01", "2026-10-24")).toBe(false);
    expect(isExemptInPeriod(spans, 2, "2026-11-03", "2026-12-28")).toBe(true);
    expect(isExemptInPeriod(spans, 2, "2026-09-01", "2026-10-24")).toBe(false);
  });

  it("names the cells of exempt days only", () => {
    const lessons = [
      { id: "10", date: "2026-11-09" },
      { id: "11", date: "2026-11-12" },
      { id: "12", date: "2026-12-02" },
    ];
    expect([...exemptCellKeys(spans, lessons, [1, 2, 3])].sort()).toEqual(["11:1", "12:2"]);
  });

  it("tells active, ended and future apart", () => {
    expect(exemptionState({ from: "2026-11-10", to: "2026-11-20" }, "2026-11-15")).toBe("active");
    expect(exemptionState({ from: "2026-11-10", to: "2026-11-20" }, "2026-11-21")).toBe("ended");
    expect(exemptionState({ from: "2026-11-10", to: null }, "2026-11-01")).toBe("future");
  });
});
