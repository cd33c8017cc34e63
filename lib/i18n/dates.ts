// Dates in Russian and Tatar with the project's own names: Chromium has no Tatar locale data, so
// Intl would print English in the browser (and break hydration). Pure; safe on server and client.
// School days are calendar dates: they are handled as "YYYY-MM-DD" strings or UTC-midnight Dates.
import type { TLanguage } from "./settings";

const MONTHS_GENITIVE: Record<TLanguage, string[]> = {
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  tt: ["гыйнвар", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
};
const MONTHS: Record<TLanguage, string[]> = {
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  tt: MONTHS_GENITIVE.tt,
};
/** Index 0 = Monday (ISO order). */
const WEEKDAYS: Record<TLanguage, string[]> = {
  ru: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
  tt: ["дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе"],
};
const WEEKDAYS_SHORT: Record<TLanguage, string[]> = {
  ru: ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
  tt: ["дш", "сш", "чш", "пш", "җм", "шб", "яш"],
};

export type TIsoDate = string; // "2026-11-25"

export function toIsoDate(date: Date): TIsoDate {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(iso: TIsoDate): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** ISO weekday of a school day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: Date | TIsoDate): number {
  const d = typeof date === "string" ? fromIsoDate(date) : date;
  return ((d.getUTCDay() + 6) % 7) + 1;
}

export function weekdayName(date: Date | TIsoDate, lng: TLanguage, short = false): string {
  return (short ? WEEKDAYS_SHORT : WEEKDAYS)[lng][isoWeekday(date) - 1];
}

export function weekdayNameByIndex(isoDay: number, lng: TLanguage, short = false): string {
  return (short ? WEEKDAYS_SHORT : WEEKDAYS)[lng][isoDay - 1];
}

export function monthName(month0: number, lng: TLanguage): string {
  return MONTHS[lng][month0];
}

/** "25 ноября" / "25 ноябрь"; with year: "25 ноября 2026 г." / "2026 елның 25 ноябре" is avoided
 * in favour of the compact "25 ноябрь 2026", which Tatar school documents also use. */
export function formatDate(date: Date | TIsoDate, lng: TLanguage, opts: { year?: boolean; weekday?: boolean } = {}): string {
  const d = typeof date === "string" ? fromIsoDate(date) : date;
  let text = `${d.getUTCDate()} ${MONTHS_GENITIVE[lng][d.getUTCMonth()]}`;
  if (opts.year) text += lng === "ru" ? ` ${d.getUTCFullYear()} г.` : ` ${d.getUTCFullYear()} ел`;
  if (opts.weekday) text = `${weekdayName(d, lng)}, ${text}`;
  return text;
}

/** "25.11" */
export function formatShortDate(date: Date | TIsoDate): string {
  const d = typeof date === "string" ? fromIsoDate(date) : date;
  return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Minutes after midnight → "08:45". */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Today's date at the school (Europe/Moscow, UTC+3 all year since 2014). */
export function schoolToday(now: Date = new Date()): TIsoDate {
  return toIsoDate(new Date(now.getTime() + 3 * 3600_000));
}

export function addDays(iso: TIsoDate, days: number): TIsoDate {
  const d = fromIsoDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** Monday of the week that holds the date. */
export function startOfWeek(iso: TIsoDate): TIsoDate {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** A `?week=YYYY-MM-DD` parameter if it is a real date, else undefined. */
export function parseDateParam(value: string | undefined): TIsoDate | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = fromIsoDate(value);
  return Number.isNaN(d.getTime()) || toIsoDate(d) !== value ? undefined : value;
}
