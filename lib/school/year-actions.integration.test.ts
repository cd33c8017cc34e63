// The school year as an administrator sets it up: a year with quarters and breaks, terms that
// overlap or leave school days uncovered are refused with the field that is wrong, locking.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { defaultYearLayout } from "./calendar";
import { addHolidayAction, createYearAction, deleteHolidayAction, setTermLockAction, updateTermsAction } from "./year-actions";

const d = (day: string) => new Date(`${day}T00:00:00.000Z`);
const iso = (x: Date) => x.toISOString().slice(0, 10);
const layout = defaultYearLayout(2027, "QUARTER");
const yearInput = () => ({
  name: layout.name,
  startDate: layout.startDate,
  endDate: layout.endDate,
  termKind: "QUARTER" as const,
  terms: layout.terms,
  holidays: layout.breaks.map((b) => ({ startDate: b.startDate, endDate: b.endDate, nameRu: "Каникулы", nameTt: "Каникул" })),
  makeCurrent: false,
});

describe("creating a year", () => {
  it("creates the year, four quarters and the breaks, with an audit event", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => createYearAction(yearInput()));
    expect(result?.serverError).toBeUndefined();
    expect(result?.validationErrors).toBeUndefined();
    const year = await db.academicYear.findUniqueOrThrow({
      where: { id: result!.data!.yearId },
      select: {
        schoolId: true,
        name: true,
        isCurrent: true,
        terms: { orderBy: { number: "asc" }, select: { number: true, startDate: true } },
        holidays: { select: { id: true } },
      },
    });
    expect(year).toMatchObject({ schoolId: s.schoolId, name: "2027/2028", isCurrent: false });
    expect(year.terms.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(year.terms[0].startDate).toEqual(d("2027-09-01"));
    expect(year.holidays).toHaveLength(3);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "year.create" } })).toBe(1);
  });

  it("refuses overlapping terms, naming the term, and writes nothing", async () => {
    const s = await createTestSchool(db);
    const input = yearInput();
    input.terms = input.terms.map((t, i) => (i === 2 ? { ...t, startDate: "2027-12-20" } : t));
    const result = await asUser(s.admin, () => createYearAction(input));
    expect(result?.validationErrors?.fieldErrors).toEqual({ "terms.2.startDate": ["admin:validation.termOverlap"] });
    expect(await db.academicYear.count({ where: { schoolId: s.schoolId } })).toBe(1);
  });

  it("refuses school days left between terms without a break", async () => {
    const s = await createTestSchool(db);
    const input = { ...yearInput(), holidays: [] };
    const result = await asUser(s.admin, () => createYearAction(input));
    expect(result?.validationErrors?.fieldErrors?.["terms.1.startDate"]).toEqual(["admin:validation.termGap|5"]);
    expect(await db.academicYear.count({ where: { schoolId: s.schoolId } })).toBe(1);
  });

  it("refuses a year that overlaps an existing one", async () => {
    const s = await createTestSchool(db);
    const layout2026 = defaultYearLayout(2026, "TRIMESTER");
    const result = await asUser(s.admin, () =>
      createYearAction({ ...layout2026, name: "2026/2027", holidays: [], makeCurrent: false, terms: layout2026.terms, termKind: "TRIMESTER" }),
    );
    expect(result?.validationErrors?.fieldErrors).toMatchObject({ name: ["admin:validation.yearExists"] });
  });

  it("is refused to a teacher", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.teacher, () => createYearAction(yearInput()));
    expect(result?.serverError?.code).toBe("forbidden");
  });
});

describe("terms of an existing year", () => {
  it("refuses moving a term so that it overlaps the next one", async () => {
    const s = await createTestSchool(db);
    const year = await db.academicYear.findUniqueOrThrow({
      where: { id: s.yearId },
      select: { terms: { orderBy: { number: "asc" }, select: { id: true, startDate: true, endDate: true } } },
    });
    const terms = year.terms.map((t) => ({ id: t.id, startDate: iso(t.startDate), endDate: iso(t.endDate) }));
    terms[0].endDate = "2026-11-10"; // the second quarter starts on 3 November
    const result = await asUser(s.admin, () => updateTermsAction({ yearId: s.yearId, startDate: "2026-09-01", endDate: "2027-05-26", terms }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ "terms.1.startDate": ["admin:validation.termOverlap"] });
    const after = await db.term.findUniqueOrThrow({ where: { id: terms[0].id }, select: { endDate: true } });
    expect(after.endDate).toEqual(d("2026-10-24"));
  });

  it("refuses stretching a year into the next one", async () => {
    const s = await createTestSchool(db);
    await asUser(s.admin, () => createYearAction(yearInput()));
    const terms = await db.term.findMany({ where: { yearId: s.yearId }, orderBy: { number: "asc" }, select: { id: true, startDate: true, endDate: true } });
    const input = terms.map((t, i) => ({ id: t.id, startDate: iso(t.startDate), endDate: i === 3 ? "2027-09-10" : iso(t.endDate) }));
    const result = await asUser(s.admin, () => updateTermsAction({ yearId: s.yearId, startDate: "2026-09-01", endDate: "2027-09-10", terms: input }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ startDate: ["admin:validation.yearOverlap"] });
  });

  it("locks and unlocks a term, and a locked term's dates cannot move", async () => {
    const s = await createTestSchool(db);
    const [q1] = s.terms;
    expect((await asUser(s.admin, () => setTermLockAction({ termId: q1.id, isLocked: true })))?.data).toEqual({ termId: q1.id, isLocked: true });
    const locked = await db.term.findUniqueOrThrow({ where: { id: q1.id }, select: { isLocked: true, lockedById: true } });
    expect(locked).toEqual({ isLocked: true, lockedById: s.admin.id });
    const terms = await db.term.findMany({ where: { yearId: s.yearId }, orderBy: { number: "asc" }, select: { id: true, startDate: true, endDate: true } });
    const input = terms.map((t, i) => ({
      id: t.id,
      startDate: i === 0 ? "2026-09-02" : t.startDate.toISOString().slice(0, 10),
      endDate: t.endDate.toISOString().slice(0, 10),
    }));
    const moved = await asUser(s.admin, () => updateTermsAction({ yearId: s.yearId, startDate: "2026-09-01", endDate: "2027-05-26", terms: input }));
    expect(moved?.serverError?.code).toBe("term_locked");
    await asUser(s.admin, () => setTermLockAction({ termId: q1.id, isLocked: false }));
    expect(await db.term.findUniqueOrThrow({ where: { id: q1.id }, select: { isLocked: true } })).toEqual({ isLocked: false });
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: { in: ["term.lock", "term.unlock"] } } })).toBe(2);
  });

  it("does not touch another school's term", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const result = await asUser(s.admin, () => setTermLockAction({ termId: other.terms[0].id, isLocked: true }));
    expect(result?.serverError?.code).toBe("not_found");
    expect(await db.term.findUniqueOrThrow({ where: { id: other.terms[0].id }, select: { isLocked: true } })).toEqual({ isLocked: false });
  });
});

describe("holidays", () => {
  it("adds a holiday, says how many lessons fall on it, and keeps a break that covers a gap", async () => {
    const s = await createTestSchool(db, { lessonDates: ["2026-11-23", "2026-11-24"] });
    const added = await asUser(s.admin, () =>
      addHolidayAction({ yearId: s.yearId, startDate: "2026-11-24", endDate: "2026-11-24", nameRu: "Выходной", nameTt: "Ял көне" }),
    );
    expect(added?.data?.lessonsOnHoliday).toBe(1);
    const outside = await asUser(s.admin, () =>
      addHolidayAction({ yearId: s.yearId, startDate: "2027-07-01", endDate: "2027-07-02", nameRu: "Лето", nameTt: "Җәй" }),
    );
    expect(outside?.validationErrors?.fieldErrors).toEqual({ startDate: ["admin:validation.outsideYear"] });
    // The factory's year leaves 27 Oct – 2 Nov between the first two quarters: a break must cover it.
    const autumn = await asUser(s.admin, () =>
      addHolidayAction({ yearId: s.yearId, startDate: "2026-10-25", endDate: "2026-11-02", nameRu: "Каникулы", nameTt: "Каникул" }),
    );
    const refused = await asUser(s.admin, () => deleteHolidayAction({ holidayId: autumn!.data!.holidayId }));
    expect(refused?.validationErrors?.formErrors).toEqual(["admin:validation.holidayCoversGap"]);
    const removed = await asUser(s.admin, () => deleteHolidayAction({ holidayId: added!.data!.holidayId }));
    expect(removed?.data).toEqual({ holidayId: added!.data!.holidayId });
  });
});

describe("another administrator", () => {
  it("cannot add a holiday to a year of a school they do not run", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const stranger = await createPerson(db, other.schoolId, ["SCHOOL_ADMIN"], "Чужой");
    const result = await asUser(stranger, () =>
      addHolidayAction({ yearId: s.yearId, startDate: "2026-11-24", endDate: "2026-11-24", nameRu: "Х", nameTt: "Х" }),
    );
    expect(result?.serverError?.code).toBe("not_found");
  });
});
