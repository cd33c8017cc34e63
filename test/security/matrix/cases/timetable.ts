// The timetable: bells, weekly slots, publishing a term's lessons, a lesson's change for a day,
// a shortened day.
// The school's administrator only; the class a slot belongs to makes no difference to them.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { saveBellsAction } from "@/lib/timetable/bell-actions";
import { changeLessonAction, publishTimetableAction } from "@/lib/timetable/publish-actions";
import { setShortenedDayAction } from "@/lib/timetable/shortened-day-actions";
import { addSlotAction, deleteSlotAction } from "@/lib/timetable/slot-actions";
import { ALL_SCOPES, actionCases, SCHOOL_SCOPES } from "../define";
import type { TTarget } from "../world";

const ADMIN_ONLY = { admin: SCHOOL_SCOPES };
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A slot of the target's class, made directly (the case under test is elsewhere). */
async function slotOf(t: TTarget, weekday: number) {
  const row = await db.timetableSlot.create({
    data: { schoolId: t.schoolId, yearId: t.yearId, classId: t.classId, assignmentId: t.assignmentId, weekday, period: 2, validFrom: d("2026-09-01") },
    select: { id: true },
  });
  return row.id;
}

// The world's three periods, saved unchanged.
actionCases(saveBellsAction, {
  scopes: ["own"],
  allowed: { admin: ["own"] },
  input: () => ({
    variant: "NORMAL",
    name: "Основное",
    periods: [
      { number: 1, start: "08:00", end: "08:40" },
      { number: 2, start: "08:50", end: "09:30" },
      { number: 3, start: "09:40", end: "10:20" },
    ],
  }),
});

// The class's slots are cleared first, so the new one never clashes with another case's.
actionCases(addSlotAction, {
  scopes: ALL_SCOPES,
  allowed: ADMIN_ONLY,
  input: async (t, { n }) => {
    await db.timetableSlot.deleteMany({ where: { classId: t.classId } });
    return { classId: t.classId, assignmentId: t.assignmentId, weekday: 1 + (n % 6), period: 1, parity: "ALL", room: "12" };
  },
});

actionCases(deleteSlotAction, {
  scopes: ALL_SCOPES,
  allowed: ADMIN_ONLY,
  input: async (t) => ({ slotId: await slotOf(t, 6) }),
});

// The fourth quarter: no lesson of the world lies in it, and no other case locks it.
actionCases(publishTimetableAction, {
  scopes: ALL_SCOPES,
  allowed: ADMIN_ONLY,
  input: async (t) => {
    if (!(await db.timetableSlot.count({ where: { classId: t.classId } }))) await slotOf(t, 5);
    return { termId: t.termIds[3], classId: t.classId };
  },
});

actionCases(changeLessonAction, {
  scopes: ALL_SCOPES,
  allowed: ADMIN_ONLY,
  input: (t, { n }) => ({ lessonId: t.lessonIds[2], isCancelled: false, substituteTeacherId: null, room: `${100 + (n % 900)}` }),
});

// A day of the world's year, flipped on each call so every allowed call changes it; the school gets
// shortened bells first (the action refuses a school without them). The school is the caller's.
actionCases(setShortenedDayAction, {
  scopes: ["own"],
  allowed: { admin: ["own"] },
  input: async (t) => {
    await db.bellSchedule.upsert({
      where: { schoolId_variant: { schoolId: t.schoolId, variant: "SHORT" } },
      create: {
        schoolId: t.schoolId,
        variant: "SHORT",
        name: "Сокращённый",
        periods: { create: [{ schoolId: t.schoolId, number: 1, startMinute: 480, endMinute: 510 }] },
      },
      update: {},
    });
    const set = await db.shortenedDay.findUnique({ where: { schoolId_date: { schoolId: t.schoolId, date: d("2026-12-30") } }, select: { id: true } });
    return { date: "2026-12-30", shortened: !set };
  },
  verify: async (result, t) => {
    const { shortened } = result.data as { shortened: boolean };
    expect(await db.shortenedDay.count({ where: { schoolId: t.schoolId, date: d("2026-12-30") } })).toBe(shortened ? 1 : 0);
  },
});
