import { describe, expect, it } from "vitest";
import { MAX_BIG_ID, parseBigId, zBigId, zIsoDate } from "./validation";

describe("zIsoDate", () => {
  it("takes a real calendar date", () => {
    expect(zIsoDate.safeParse("2026-12-08").success).toBe(true);
    expect(zIsoDate.safeParse("2028-02-29").success).toBe(true);
  });
  it("refuses what only looks like one, with the translated code", () => {
    for (const bad of ["0000-00-00", "1899-12-31", "2026-02-30", "2026-13-01", "2027-02-29", "26-12-08", "2026-12-8", ""]) {
      const r = zIsoDate.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0].message, bad).toBe("field.invalid_date");
    }
  });
});

describe("zBigId", () => {
  it("takes a 64-bit id as a decimal string, a safe integer or a bigint, and gives a bigint", () => {
    expect(zBigId.parse("3000000000")).toBe(3_000_000_000n);
    expect(zBigId.parse("9223372036854775807")).toBe(MAX_BIG_ID);
    expect(zBigId.parse(42)).toBe(42n);
    expect(zBigId.parse(2n ** 40n)).toBe(2n ** 40n);
  });
  it("refuses what cannot name a row, with the translated code", () => {
    const bad: unknown[] = [
      "9223372036854775808",
      "99999999999999999999",
      "0",
      "-1",
      "01",
      "1e9",
      " 1",
      "0x10",
      "1.0",
      "",
      0,
      -5,
      1.5,
      2 ** 60,
      Number.NaN,
      0n,
      -1n,
      2n ** 63n,
      true,
      null,
      undefined,
      {},
      ["1"],
    ];
    for (const value of bad) {
      const r = zBigId.safeParse(value);
      expect(r.success, String(value)).toBe(false);
      expect(r.error?.issues[0].message, String(value)).toMatch(/^field\.(invalid_format|required)$/);
    }
  });
  it("parseBigId reads a URL parameter or gives null", () => {
    expect(parseBigId("2147483648")).toBe(2_147_483_648n);
    expect(parseBigId("abc")).toBeNull();
    expect(parseBigId(undefined)).toBeNull();
  });
});
