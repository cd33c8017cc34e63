import { describe, expect, it } from "vitest";
import { formatMean, formatRate, monthLabel, shortDate } from "./format";

describe("report formatting", () => {
  it("writes figures with a decimal comma and a dash for none", () => {
    expect(formatRate(66.7)).toBe("66,7");
    expect(formatRate(50)).toBe("50");
    expect(formatRate(null)).toBe("—");
    expect(formatMean(3.5)).toBe("3,50");
    expect(formatMean(4.566)).toBe("4,57");
    expect(formatMean(null)).toBe("—");
  });

  it("names months in the reader's language without Intl", () => {
    expect(monthLabel("2026-11", "ru")).toBe("Ноябрь 2026");
    expect(monthLabel("2027-01", "tt")).toBe("Гыйнвар 2027");
    expect(shortDate("2026-11-20")).toBe("20.11");
  });
});
