import { describe, expect, it } from "vitest";
import { auditSearchString, decodeCursor, describeChange, encodeCursor, moscowDayStart, neutralizeCell, parseAuditFilters } from "./filters";

describe("audit filters", () => {
  it("reads the address, dropping what is malformed", () => {
    const f = parseAuditFilters(new URLSearchParams("actor=12&pupil=x&kind=mark&from=2026-11-01&to=nope&class=&after=1764547200000~42"));
    expect(f).toEqual({ actor: 12, kind: "mark", from: "2026-11-01", after: "1764547200000~42" });
    expect(parseAuditFilters({ kind: "drop table", subject: ["3", "4"] })).toEqual({ subject: 3 });
  });

  it("writes the same search back with one filter changed", () => {
    expect(auditSearchString({ actor: 12, kind: "mark", after: "1~2" }, { after: undefined })).toBe("actor=12&kind=mark");
  });

  it("pages by (time, id) through an opaque cursor", () => {
    const at = new Date("2026-11-25T09:30:00.123Z");
    expect(decodeCursor(encodeCursor({ createdAt: at, id: 9007199254740993n }))).toEqual({ createdAt: at, id: 9007199254740993n });
  });

  it("starts a day at Moscow's midnight", () => {
    expect(moscowDayStart("2026-11-25").toISOString()).toBe("2026-11-24T21:00:00.000Z");
  });

  it("keeps a spreadsheet cell from running as a formula", () => {
    for (const bad of ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeCell(bad)).toBe(`'${bad}`);
    expect(neutralizeCell("Иванов")).toBe("Иванов");
  });

  it("says what changed", () => {
    expect(describeChange({ value: 4, comment: null }, { value: 5, comment: null })).toBe("value: 4 → 5");
    expect(describeChange(null, { value: 5 })).toBe("value: 5");
    expect(describeChange({ absenceCodeId: 3 }, null)).toBe("absenceCodeId: 3 → —");
  });
});

describe("audit times", () => {
  it("shows Moscow time", async () => {
    const { formatMoscowDateTime } = await import("./filters");
    expect(formatMoscowDateTime(new Date("2026-11-24T21:05:00Z"))).toBe("25.11.2026 00:05");
  });
});
