import { describe, expect, it } from "vitest";
import { pickTerm, termOf } from "./terms";

const terms = [
  { id: 1, number: 1, startDate: "2026-09-01", endDate: "2026-10-24", isLocked: true },
  { id: 2, number: 2, startDate: "2026-11-03", endDate: "2026-12-28", isLocked: false },
  { id: 3, number: 3, startDate: "2027-01-12", endDate: "2027-03-20", isLocked: false },
];

describe("the term a journal, a diary or a report opens on", () => {
  it("is the one asked for", () => {
    expect(pickTerm(terms, { param: "1", today: "2026-11-25" })?.number).toBe(1);
  });
  it("ignores a term that does not exist or a malformed parameter", () => {
    expect(pickTerm(terms, { param: "7", today: "2026-11-25" })?.number).toBe(2);
    expect(pickTerm(terms, { param: "1; drop", today: "2026-11-25" })?.number).toBe(2);
  });
  it("follows a focused lesson's date before today", () => {
    expect(pickTerm(terms, { focusDate: "2026-10-01", today: "2026-11-25" })?.number).toBe(1);
  });
  it("in a holiday between terms is the term just ended", () => {
    expect(pickTerm(terms, { today: "2026-10-30" })?.number).toBe(1);
  });
  it("before the year begins is the first, with no terms none", () => {
    expect(pickTerm(terms, { today: "2026-08-20" })?.number).toBe(1);
    expect(pickTerm([], { today: "2026-08-20" })).toBeUndefined();
  });
  it("after the year is the last term", () => {
    expect(pickTerm(terms, { today: "2027-07-01" })?.number).toBe(3);
  });
  it("finds no term for a holiday date", () => {
    expect(termOf(terms, "2026-10-30")).toBeUndefined();
    expect(termOf(terms, "2026-10-24")?.number).toBe(1);
    expect(termOf(terms, "2026-11-03")?.number).toBe(2);
  });
});
