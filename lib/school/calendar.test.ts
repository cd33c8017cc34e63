import { describe, expect, it } from "vitest";
import { defaultYearLayout, introducedIssues, uncoveredSchoolDays, validateYearLayout } from "./calendar";

const year = { startDate: "2026-09-01", endDate: "2027-05-28" };
const quarters = [
  { startDate: "2026-09-01", endDate: "2026-10-23" },
  { startDate: "2026-11-02", endDate: "2026-12-25" },
  { startDate: "2027-01-11", endDate: "2027-03-19" },
  { startDate: "2027-03-29", endDate: "2027-05-28" },
];
const breaks = [
  { startDate: "2026-10-24", endDate: "2026-11-01" },
  { startDate: "2026-12-26", endDate: "2027-01-10" },
  { startDate: "2027-03-20", endDate: "2027-03-28" },
];

describe("validateYearLayout", () => {
  it("accepts quarters whose gaps are breaks", () => {
    expect(validateYearLayout(year, quarters, breaks)).toEqual([]);
  });

  it("refuses overlapping terms on the later term's start", () => {
    const overlapping = [quarters[0], { ...quarters[1], startDate: "2026-10-20" }, quarters[2], quarters[3]];
    expect(validateYearLayout(year, overlapping, breaks)).toEqual([{ path: "terms.1.startDate", key: "termOverlap" }]);
  });

  it("refuses a term that overlaps an earlier, non-adjacent one", () => {
    const terms = [quarters[0], quarters[1], { startDate: "2026-09-10", endDate: "2026-09-20" }];
    expect(validateYearLayout(year, terms, breaks).map((x) => x.key)).toContain("termOverlap");
  });

  it("counts school days left between terms that no holiday covers", () => {
    // Without the autumn break, 26–30 October (Mon–Fri) belong to nothing.
    expect(validateYearLayout(year, quarters, breaks.slice(1))).toEqual([{ path: "terms.1.startDate", key: "termGap", count: 5 }]);
  });

  it("lets a weekend alone separate two terms", () => {
    const terms = [
      { startDate: "2026-09-01", endDate: "2026-11-27" },
      { startDate: "2026-11-30", endDate: "2027-05-28" },
    ];
    expect(validateYearLayout(year, terms, [])).toEqual([]);
  });

  it("reports gaps at the start and the end of the year", () => {
    const terms = [{ startDate: "2026-09-03", endDate: "2027-05-26" }];
    expect(validateYearLayout(year, terms, [])).toEqual([
      { path: "terms.0.startDate", key: "yearStartGap", count: 2 },
      { path: "terms.0.endDate", key: "yearEndGap", count: 2 },
    ]);
  });

  it("refuses terms outside the year, ends before starts and out-of-order numbers", () => {
    expect(validateYearLayout(year, [{ startDate: "2026-08-25", endDate: "2026-10-23" }], [])).toEqual([{ path: "terms.0.startDate", key: "outsideYear" }]);
    expect(validateYearLayout(year, [{ startDate: "2026-10-23", endDate: "2026-10-01" }], [])).toEqual([{ path: "terms.0.endDate", key: "endBeforeStart" }]);
    expect(validateYearLayout(year, [quarters[1], quarters[0]], breaks)[0]).toEqual({ path: "terms.1.startDate", key: "termOrder" });
    expect(validateYearLayout({ startDate: "2026-09-01", endDate: "2026-08-01" }, [], [])).toEqual([{ path: "endDate", key: "endBeforeStart" }]);
  });

  it("refuses holidays outside the year", () => {
    expect(validateYearLayout(year, quarters, [...breaks, { startDate: "2027-06-01", endDate: "2027-06-02" }])).toEqual([
      { path: "holidays.3.startDate", key: "outsideYear" },
    ]);
  });
});

describe("uncoveredSchoolDays", () => {
  it("skips weekends and holidays", () => {
    expect(uncoveredSchoolDays("2026-11-02", "2026-11-09", [{ startDate: "2026-11-04", endDate: "2026-11-04" }])).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-05",
      "2026-11-06",
      "2026-11-09",
    ]);
  });

  it("ends at the last date a calendar string can hold (past 9999 the strings sort before it)", () => {
    expect(uncoveredSchoolDays("9999-12-30", "9999-12-31", [])).toEqual(["9999-12-30", "9999-12-31"]);
  });
});

describe("a year's length", () => {
  it("refuses a year longer than 13 months before walking its days", () => {
    expect(validateYearLayout({ startDate: "2026-09-01", endDate: "9999-12-31" }, [], [])).toEqual([{ path: "endDate", key: "yearTooLong" }]);
    expect(validateYearLayout({ startDate: "2026-09-01", endDate: "2027-08-31" }, [], []).some((i) => i.key === "yearTooLong")).toBe(false);
  });
});

describe("defaultYearLayout", () => {
  it.each([2024, 2025, 2026, 2027, 2030])("lays out valid quarters and trimesters for %i", (startYear) => {
    for (const kind of ["QUARTER", "TRIMESTER"] as const) {
      const layout = defaultYearLayout(startYear, kind);
      expect(layout.terms).toHaveLength(kind === "QUARTER" ? 4 : 3);
      expect(validateYearLayout(layout, layout.terms, layout.breaks)).toEqual([]);
    }
  });

  it("names the year and starts it on 1 September", () => {
    const layout = defaultYearLayout(2026, "QUARTER");
    expect(layout.name).toBe("2026/2027");
    expect(layout.startDate).toBe("2026-09-01");
    expect(layout.terms[1].startDate).toBe("2026-11-02");
    expect(layout.breaks.map((b) => b.kind)).toEqual(["autumn", "winter", "spring"]);
  });
});

describe("introducedIssues", () => {
  it("tolerates a gap the year had already, not a bigger one or a new one", () => {
    const before = [{ path: "terms.1.startDate", key: "termGap", count: 5 }];
    expect(introducedIssues(before, [{ path: "terms.1.startDate", key: "termGap", count: 5 }])).toEqual([]);
    expect(introducedIssues(before, [{ path: "terms.1.startDate", key: "termGap", count: 6 }])).toHaveLength(1);
    expect(introducedIssues(before, [{ path: "terms.2.startDate", key: "termGap", count: 1 }])).toHaveLength(1);
    expect(introducedIssues(before, [{ path: "terms.1.startDate", key: "termOverlap" }])).toHaveLength(1);
  });
});
