// Which days a diary week shows. Pure: no Prisma, no Next.
import { addDays, type TIsoDate } from "@/lib/i18n/dates";

/** Monday to Saturday, and Sunday only when a lesson falls on it. */
export function weekDays(weekStart: TIsoDate, lessonDates: readonly TIsoDate[]): TIsoDate[] {
  const sunday = addDays(weekStart, 6);
  const days = Array.from({ length: 6 }, (_, i) => addDays(weekStart, i));
  return lessonDates.includes(sunday) ? [...days, sunday] : days;
}
