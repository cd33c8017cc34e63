import { describe, expect, it } from "vitest";
import { zIsoDate } from "./validation";

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
