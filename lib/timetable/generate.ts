// From a weekly timetable to dated lessons, and what publishing it again would change. Pure:
// dates are "YYYY-MM-DD" strings.
//
// A slot gives a lesson on every day of the window with its weekday that is not a holiday and lies
// within the slot's validity; with week parity, ODD and EVEN slots apply in odd and even ISO weeks.
// Republishing touches only the window (from today on): a lesson there that the timetable no
// longer gives is removed, unless something was written in it (marks, attendance, homework, a
// topic), in which case it stays and is reported.
import { addDays, isoWeekday, type TIsoDate } from "@/lib/i18n/dates";

export type TParity = "ALL" | "ODD" | "EVEN";
export type TSlot = {
  id: number;
  assignmentId: number;
  weekday: number;
  period: number;
  parity: TParity;
  room: string | null;
  validFrom: TIsoDate;
  validTo: TIsoDate | null;
};
export type TDatedLesson = { date: TIsoDate; period: number; assignmentId: number; slotId: number; room: string | null };
export type TExistingLesson = {
  /** int8 */
  id: bigint;
  date: TIsoDate;
  period: number;
  assignmentId: number;
  slotId: number | null;
  room: string | null;
  hasRecords: boolean;
};

/** ISO 8601 week number: the week with the year's first Thursday is week 1. */
export function isoWeek(day: TIsoDate): number {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

export function weekParity(day: TIsoDate): "ODD" | "EVEN" {
  return isoWeek(day) % 2 === 1 ? "ODD" : "EVEN";
}

export function generateLessons(opts: {
  from: TIsoDate;
  to: TIsoDate;
  slots: readonly TSlot[];
  holidays: readonly { startDate: TIsoDate; endDate: TIsoDate }[];
  usesWeekParity: boolean;
}): TDatedLesson[] {
  const out: TDatedLesson[] = [];
  for (let day = opts.from; day <= opts.to; day = addDays(day, 1)) {
    const weekday = isoWeekday(day);
    if (weekday === 7 || opts.holidays.some((h) => h.startDate <= day && day <= h.endDate)) continue;
    const parity = weekParity(day);
    for (const slot of opts.slots) {
      if (slot.weekday !== weekday || day < slot.validFrom || (slot.validTo && day > slot.validTo)) continue;
      if (opts.usesWeekParity && slot.parity !== "ALL" && slot.parity !== parity) continue;
      out.push({ date: day, period: slot.period, assignmentId: slot.assignmentId, slotId: slot.id, room: slot.room });
    }
  }
  return out;
}

export type TRegenerationPlan = {
  create: TDatedLesson[];
  /** Lessons the timetable still gives: their slot and room follow the timetable. */
  update: { id: bigint; slotId: number; room: string | null }[];
  remove: bigint[];
  /** Lessons the timetable no longer gives but that hold records: left where they are. */
  kept: TExistingLesson[];
};

const keyOf = (l: { date: TIsoDate; period: number; assignmentId: number }) => `${l.date}|${l.period}|${l.assignmentId}`;

/** Matches the lessons of the window to what the timetable gives, by date, period and assignment. */
export function planRegeneration(existing: readonly TExistingLesson[], desired: readonly TDatedLesson[]): TRegenerationPlan {
  const wanted = new Map(desired.map((l) => [keyOf(l), l]));
  const plan: TRegenerationPlan = { create: [], update: [], remove: [], kept: [] };
  const matched = new Set<string>();
  for (const lesson of existing) {
    const key = keyOf(lesson);
    const target = wanted.get(key);
    if (target && !matched.has(key)) {
      matched.add(key);
      if (lesson.slotId !== target.slotId || lesson.room !== target.room) plan.update.push({ id: lesson.id, slotId: target.slotId, room: target.room });
    } else if (lesson.hasRecords) plan.kept.push(lesson);
    else plan.remove.push(lesson.id);
  }
  for (const [key, lesson] of wanted) if (!matched.has(key)) plan.create.push(lesson);
  return plan;
}
