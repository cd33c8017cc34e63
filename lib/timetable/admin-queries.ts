// Reads for the timetable pages of the admin section: bells, a class's weekly slots, the terms to
// publish, the lessons of one day and whether it is a shortened day.
import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import { getBellsOnDays } from "./bell-times";

export type TBellSchedule = { name: string; periods: { number: number; startMinute: number; endMinute: number }[] };

export async function getBellSchedules(schoolId: number): Promise<Record<"NORMAL" | "SHORT", TBellSchedule | null>> {
  const schedules = await db.bellSchedule.findMany({
    where: { schoolId },
    select: { variant: true, name: true, periods: { orderBy: { number: "asc" }, select: { number: true, startMinute: true, endMinute: true } } },
  });
  const of = (variant: "NORMAL" | "SHORT") => schedules.find((s) => s.variant === variant) ?? null;
  return { NORMAL: of("NORMAL"), SHORT: of("SHORT") };
}

/** Terms of the current year, for the publish forms. */
export async function getTermOptions(schoolId: number) {
  const year = await db.academicYear.findFirst({
    where: { schoolId, isCurrent: true },
    select: { termKind: true, terms: { orderBy: { number: "asc" }, select: { id: true, number: true, startDate: true, endDate: true, isLocked: true } } },
  });
  if (!year) return [];
  return year.terms.map((t) => ({ ...t, termKind: year.termKind, startDate: toIsoDate(t.startDate), endDate: toIsoDate(t.endDate) }));
}

export async function getUsesWeekParity(schoolId: number): Promise<boolean> {
  const settings = await db.gradingSettings.findUnique({ where: { schoolId }, select: { usesWeekParity: true } });
  return settings?.usesWeekParity ?? false;
}

const assignmentSelect = {
  id: true,
  subject: { select: { nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true } },
  teacher: { select: { lastName: true, firstName: true, middleName: true } },
  subgroup: { select: { name: true } },
} as const;

export async function getClassTimetable(schoolId: number, classId: number) {
  const cls = await db.schoolClass.findFirst({
    where: { id: classId, schoolId },
    select: {
      id: true,
      grade: true,
      letter: true,
      slots: {
        orderBy: [{ weekday: "asc" }, { period: "asc" }],
        select: { id: true, weekday: true, period: true, parity: true, room: true, assignment: { select: assignmentSelect } },
      },
      assignments: { orderBy: [{ subject: { sortOrder: "asc" } }], select: assignmentSelect },
    },
  });
  if (!cls) return null;
  return { id: cls.id, name: className(cls), slots: cls.slots, assignments: cls.assignments };
}
export type TClassTimetable = NonNullable<Awaited<ReturnType<typeof getClassTimetable>>>;

/** Every lesson of the school on a day, by class and period. */
export async function getDayLessons(schoolId: number, day: TIsoDate) {
  const lessons = await db.lesson.findMany({
    where: { schoolId, date: fromIsoDate(day) },
    orderBy: [{ assignment: { class: { grade: "asc" } } }, { assignment: { class: { letter: "asc" } } }, { period: "asc" }],
    select: {
      id: true,
      period: true,
      room: true,
      isCancelled: true,
      substituteTeacherId: true,
      assignment: { select: { ...assignmentSelect, teacherId: true, class: { select: { id: true, grade: true, letter: true } } } },
      _count: { select: { marks: true, attendance: true } },
    },
  });
  const bells = (await getBellsOnDays([{ schoolId, date: day }]))(schoolId, day);
  return lessons.map((l) => ({
    id: String(l.id),
    period: l.period,
    startMinute: bells.periods.get(l.period)?.startMinute ?? null,
    endMinute: bells.periods.get(l.period)?.endMinute ?? null,
    room: l.room,
    isCancelled: l.isCancelled,
    substituteTeacherId: l.substituteTeacherId,
    teacherId: l.assignment.teacherId,
    className: className(l.assignment.class),
    classId: l.assignment.class.id,
    subject: l.assignment.subject,
    teacher: l.assignment.teacher,
    subgroup: l.assignment.subgroup,
    hasRecords: l._count.marks + l._count.attendance > 0,
  }));
}
export type TDayLesson = Awaited<ReturnType<typeof getDayLessons>>[number];

/** Whether `day` is a shortened day of the school, and whether the school has shortened bells to use. */
export async function getShortenedDayState(schoolId: number, day: TIsoDate) {
  const [row, short] = await Promise.all([
    db.shortenedDay.findUnique({ where: { schoolId_date: { schoolId, date: fromIsoDate(day) } }, select: { id: true } }),
    db.bellSchedule.findFirst({ where: { schoolId, variant: "SHORT", periods: { some: {} } }, select: { id: true } }),
  ]);
  return { isShortened: row !== null, hasShortBells: short !== null };
}
