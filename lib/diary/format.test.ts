import { describe, expect, it } from "vitest";
import { fileSize, formatDecimal } from "./format";

describe("diary display rules", () => {
  it("writes file sizes in whole kilobytes (at least 1) or megabytes with one decimal", () => {
    expect(fileSize(10)).toEqual({ key: "homework.kb", size: "1" });
    expect(fileSize(2048)).toEqual({ key: "homework.kb", size: "2" });
    expect(fileSize(1.5 * 1024 * 1024)).toEqual({ key: "homework.mb", size: "1,5" });
    expect(fileSize(3 * 1024 * 1024)).toEqual({ key: "homework.mb", size: "3" });
  });
  it("writes decimals with a comma", () => {
    expect(formatDecimal(1.5)).toBe("1,5");
    expect(formatDecimal(3)).toBe("3");
  });
});
