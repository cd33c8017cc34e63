import { describe, expect, it } from "vitest";
import { neutralisedCell, neutralisedText } from "./spreadsheet-text";

describe("spreadsheet text", () => {
  it("gets an apostrophe when it starts like a formula", () => {
    for (const s of ['=HYPERLINK("http://evil.example","x")', "+7 999", "-1+2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralisedText(s)).toBe(`'${s}`);
    }
  });

  it("is kept as typed otherwise, and numbers stay numbers", () => {
    expect(neutralisedText("Иванова Әлфия")).toBe("Иванова Әлфия");
    expect(neutralisedText("5 = пять")).toBe("5 = пять");
    expect(neutralisedCell(-3.5)).toBe(-3.5);
    expect(neutralisedCell(null)).toBeNull();
  });
});
