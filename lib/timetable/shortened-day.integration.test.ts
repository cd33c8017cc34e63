// A shortened day. The administrator marks a day of the current year; on it the diary week,
// the teacher's lessons and the admin's day show the SHORT bells (NORMAL everywhere else, and when
// the school has no shortened bells). Setting twice changes nothing and audits once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDiaryWeek } from "@/lib/diary/queries";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { countStatements } from "@/test/support/statements";
import { getDayLessons, getShortenedDayState } from "./admin-queries";
import { saveBellsAction } from "./bell-actions";
import { getTeacherLessons } from "./queries";
import { setShortenedDayAction } from "./shortened-day-actions";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Shortened bells: lesson 1 at 08:00–08:30, lesson 2 at 08:35–09:05 (normal: 08:00–08:40, 08:50–09:30). */
async function withShortBells(s: TTestSchool) {
  const saved = await asUser(s.admin, () =>
    saveBellsAction({
      variant: "SHORT",
      name: "Сокращённый",
      periods: [
        { number: 1, start: "08:00", end: "08:30" },
        { number: 2, start: "08:35", end: "09:05" },
      ],
    }),
  );
  expect(saved?.data).toBeDefined();
}

/** What the action may write: the school's shortened days and its audit events about them. */
async function written(schoolId: number) {
  const [days, events] = await Promise.all([
    db.shortenedDay.findMany({ where: { schoolId }, select: { date: true, createdById: true } }),
    db.auditEvent.findMany({
      where: { schoolId, entityType: "ShortenedDay" },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, entityId: true },
    }),
  ]);
  return { days: days.map((x) => ({ ...x, date: x.date.toISOString().slice(0, 10) })), events };
}

describe("setting a shortened day", () => {
  it("marks and clears a day, idempotently, with an audit event exactly when something changed", async () => {
    const s = await createTestSchool(db);
    await withShortBells(s);
    const set = () => asUser(s.admin, () => setShortenedDayAction({ date: "2026-11-24", shortened: true }));
    const clear = () => asUser(s.admin, () => setShortenedDayAction({ date: "2026-11-24", shortened: false }));

    expect((await set())?.data).toEqual({ date: "2026-11-24", shortened: true, changed: true });
    expect((await set())?.data).toEqual({ date: "2026-11-24", shortened: true, changed: false });
    expect(await written(s.schoolId)).toEqual({
      days: [{ date: "2026-11-24", createdById: s.admin.id }],
      events: [{ action: "shortenedDay.set", actorId: s.admin.id, entityId: "2026-11-24" }],
    });
    expect(await getShortenedDayState(s.schoolId, "2026-11-24")).toEqual({ isShortened: true, hasShortBells: true });

    expect((await clear())?.data).toEqual({ date: "2026-11-24", shortened: false, changed: true });
    expect((await clear())?.data).toEqual({ date: "2026-11-24", shortened: false, changed: false });
    const after = await written(s.schoolId);
    expect(after.days).toEqual([]);
    expect(after.events.map((e) => e.action)).toEqual(["shortenedDay.set", "shortenedDay.clear"]);
    expect(await getShortenedDayState(s.schoolId, "2026-11-24")).toEqual({ isShortened: false, hasShortBells: true });
  });

  it("is refused to everyone but the school's administrator, writing nothing; another school's administrator changes only their own", async () => {
    const s = await createTestSchool(db);
    await withShortBells(s);
    for (const who of [s.teacher, s.homeroom, s.pupils[0], s.parent]) {
      const result = await asUser(who, () => setShortenedDayAction({ date: "2026-11-24", shortened: true }));
      expect(result?.serverError?.code, `${who.id}`).toBe("forbidden");
    }
    expect(await written(s.schoolId)).toEqual({ days: [], events: [] });

    const other = await createTestSchool(db);
    await withShortBells(other);
    expect((await asUser(other.admin, () => setShortenedDayAction({ date: "2026-11-24", shortened: true })))?.data?.changed).toBe(true);
    expect(await written(s.schoolId)).toEqual({ days: [], events: [] });
    expect((await written(other.schoolId)).days).toEqual([{ date: "2026-11-24", createdById: other.admin.id }]);
  });

  it("refuses, on the field, a school without shortened bells (clearing is still allowed) and a date outside the current year", async () => {
    const s = await createTestSchool(db);
    const noBells = await asUser(s.admin, () => setShortenedDayAction({ date: "2026-11-24", shortened: true }));
    expect(noBells?.validationErrors?.fieldErrors).toEqual({ shortened: ["admin:validation.noShortBells"] });
    expect(await getShortenedDayState(s.schoolId, "2026-11-24")).toEqual({ isShortened: false, hasShortBells: false });
    expect((await asUser(s.admin, () => setShortenedDayAction({ date: "2026-11-24", shortened: false })))?.data?.changed).toBe(false);

    await withShortBells(s);
    const outside = await asUser(s.admin, () => setShortenedDayAction({ date: "2027-06-15", shortened: true }));
    expect(outside?.validationErrors?.fieldErrors).toEqual({ date: ["admin:validation.outsideYear"] });
    const impossible = await asUser(s.admin, () => setShortenedDayAction({ date: "2026-02-30", shortened: true }));
    expect(impossible?.validationErrors?.fieldErrors).toEqual({ date: ["field.invalid_date"] });
    expect(await written(s.schoolId)).toEqual({ days: [], events: [] });
  });
});

describe("times on a shortened day", () => {
  // The factory's lessons: mathematics at lesson 1 on 23, 24 and 25 November, history at lesson 2
  // on the 23rd. The 23rd is shortened.
  async function shortenedMonday() {
    const s = await createTestSchool(db);
    await withShortBells(s);
    await asUser(s.admin, () => setShortenedDayAction({ date: "2026-11-23", shortened: true }));
    return s;
  }

  it("shows the shortened bells in the pupil's diary week on that day only, still in one statement", async () => {
    const s = await shortenedMonday();
    const { result: week, statements } = await countStatements(() => getDiaryWeek({ id: s.pupils[0].id, schoolId: s.schoolId }, "2026-11-23"));
    expect(statements).toHaveLength(1);
    expect(week.map((l) => [l.date, l.period, l.startMinute, l.endMinute, l.isShortenedDay])).toEqual([
      ["2026-11-23", 1, 480, 510, true],
      ["2026-11-23", 2, 515, 545, true],
      ["2026-11-24", 1, 480, 520, false],
      ["2026-11-25", 1, 480, 520, false],
    ]);
  });

  it("shows them in the teacher's lessons and on the administrator's day", async () => {
    const s = await shortenedMonday();
    const lessons = await getTeacherLessons(s.teacher.id, "2026-11-23", 7);
    expect(lessons.map((l) => [l.date, l.startMinute, l.endMinute, l.isShortenedDay])).toEqual([
      ["2026-11-23", 480, 510, true],
      ["2026-11-24", 480, 520, false],
      ["2026-11-25", 480, 520, false],
    ]);
    const day = await getDayLessons(s.schoolId, "2026-11-23");
    expect(day.map((l) => [l.period, l.startMinute, l.endMinute])).toEqual([
      [1, 480, 510],
      [2, 515, 545],
    ]);
    expect((await getDayLessons(s.schoolId, "2026-11-24")).map((l) => [l.startMinute, l.endMinute])).toEqual([[480, 520]]);
  });

  it("keeps the normal bells for another school on the same date, and when the school has no shortened bells", async () => {
    const s = await shortenedMonday();
    const other = await createTestSchool(db);
    // A shortened day left without shortened bells (written directly: the action refuses it).
    await db.shortenedDay.create({ data: { schoolId: other.schoolId, date: d("2026-11-23") } });
    const week = await getDiaryWeek({ id: other.pupils[0].id, schoolId: other.schoolId }, "2026-11-23");
    expect(week.filter((l) => l.date === "2026-11-23").map((l) => [l.startMinute, l.endMinute, l.isShortenedDay])).toEqual([
      [480, 520, false],
      [530, 570, false],
    ]);
    const lessons = await getTeacherLessons(other.teacher.id, "2026-11-23", 1);
    expect(lessons.map((l) => [l.startMinute, l.isShortenedDay])).toEqual([[480, false]]);
    expect((await getTeacherLessons(s.teacher.id, "2026-11-23", 1)).map((l) => l.endMinute)).toEqual([510]);
  });
});
