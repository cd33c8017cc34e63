// The school year of the demo: quarters, breaks and days off, derived from the start year the way
// Russian schools lay them out. Days are whole numbers (days since 1970-01-01) so that arithmetic
// never meets a time zone; they become UTC-midnight Dates only for @db.Date columns.

const DAY_MS = 86_400_000;
/** Moscow has kept UTC+3 all year since 2014. */
const MOSCOW_OFFSET_MIN = 180;

export type TDay = number;
export type TSpan = { startDay: TDay; endDay: TDay };
export type TTermPlan = TSpan & { number: number };
export type THolidayPlan = TSpan & { nameRu: string; nameTt: string };
export type TYearPlan = TSpan & {
  startYear: number;
  name: string;
  terms: TTermPlan[];
  holidays: THolidayPlan[];
};

export const dayOf = (year: number, month: number, day: number): TDay => Date.UTC(year, month - 1, day) / DAY_MS;
export const toDate = (day: TDay) => new Date(day * DAY_MS);
/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (day: TDay) => ((((day + 3) % 7) + 7) % 7) + 1;
export const isWeekend = (day: TDay) => isoWeekday(day) >= 6;
/** The calendar day an instant falls on in Moscow. */
export const moscowDay = (instant: Date): TDay => Math.floor((instant.getTime() + MOSCOW_OFFSET_MIN * 60_000) / DAY_MS);
/** Moscow wall time (minutes after midnight) on a day, as a UTC instant. */
export const moscowInstant = (day: TDay, minute: number) => new Date(day * DAY_MS + (minute - MOSCOW_OFFSET_MIN) * 60_000);
export const isoDate = (day: TDay) => toDate(day).toISOString().slice(0, 10);
/** The earlier of two instants: nothing in the demo happens after "now". */
export const earliest = (a: Date, b: Date) => new Date(Math.min(a.getTime(), b.getTime()));

/** The one day with the given ISO weekday in the week-long window starting at `from`. */
function weekdayFrom(from: TDay, weekday: number): TDay {
  return from + ((weekday - isoWeekday(from) + 7) % 7);
}

const FRIDAY = 5;
const MONDAY = 1;

/** Days off that fall on school days (weekends and breaks need no row). */
const PUBLIC_DAYS_OFF: { month: number; day: number; nameRu: string; nameTt: string }[] = [
  { month: 11, day: 4, nameRu: "День народного единства", nameTt: "Халык бердәмлеге көне" },
  { month: 11, day: 6, nameRu: "День Конституции Республики Татарстан", nameTt: "Татарстан Республикасы Конституциясе көне" },
  { month: 2, day: 23, nameRu: "День защитника Отечества", nameTt: "Ватанны саклаучылар көне" },
  { month: 3, day: 8, nameRu: "Международный женский день", nameTt: "Халыкара хатын-кызлар көне" },
  { month: 5, day: 1, nameRu: "Праздник Весны и Труда", nameTt: "Яз һәм Хезмәт бәйрәме" },
  { month: 5, day: 9, nameRu: "День Победы", nameTt: "Җиңү көне" },
];

/**
 * Uraza and Kurban bayram are days off in Tatarstan; their dates follow the Hijri calendar. The
 * republic's decree can differ from Umm al-Qura by a day, which a demo can live with. Without ICU's
 * Islamic calendar the two days are simply left out.
 */
function islamicDaysOff(span: TSpan): Omit<THolidayPlan, "endDay">[] {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { day: "numeric", month: "numeric", timeZone: "UTC" });
    if (fmt.resolvedOptions().calendar !== "islamic-umalqura") return [];
  } catch {
    return [];
  }
  const out: Omit<THolidayPlan, "endDay">[] = [];
  for (let day = span.startDay; day <= span.endDay; day++) {
    const parts = Object.fromEntries(fmt.formatToParts(toDate(day)).map((p) => [p.type, p.value]));
    if (parts.month === "10" && parts.day === "1") out.push({ startDay: day, nameRu: "Ураза-байрам", nameTt: "Ураза бәйрәме" });
    if (parts.month === "12" && parts.day === "10") out.push({ startDay: day, nameRu: "Курбан-байрам", nameTt: "Корбан бәйрәме" });
  }
  return out;
}

/** The academic year that `today` belongs to: from August on, the one starting this September. */
export function academicStartYear(today: TDay) {
  const d = toDate(today);
  return d.getUTCMonth() + 1 >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

export function planYear(startYear: number): TYearPlan {
  const y = startYear;
  // Terms end on a Friday, so each break runs from a Saturday to a Sunday.
  const q1End = weekdayFrom(dayOf(y, 10, 21), FRIDAY);
  const q2Start = q1End + 10; // a nine-day autumn break
  const q2End = weekdayFrom(dayOf(y, 12, 23), FRIDAY);
  const q3Start = weekdayFrom(dayOf(y + 1, 1, 9), MONDAY);
  const q3End = weekdayFrom(dayOf(y + 1, 3, 17), FRIDAY);
  const q4Start = q3End + 10; // a nine-day spring break
  const q4End = weekdayFrom(dayOf(y + 1, 5, 20), FRIDAY);
  const terms: TTermPlan[] = [
    { number: 1, startDay: dayOf(y, 9, 1), endDay: q1End },
    { number: 2, startDay: q2Start, endDay: q2End },
    { number: 3, startDay: q3Start, endDay: q3End },
    { number: 4, startDay: q4Start, endDay: q4End },
  ];
  const holidays: THolidayPlan[] = [
    { startDay: q1End + 1, endDay: q2Start - 1, nameRu: "Осенние каникулы", nameTt: "Көзге каникул" },
    { startDay: q2End + 1, endDay: q3Start - 1, nameRu: "Зимние каникулы", nameTt: "Кышкы каникул" },
    { startDay: q3End + 1, endDay: q4Start - 1, nameRu: "Весенние каникулы", nameTt: "Язгы каникул" },
  ];
  const inTerm = (day: TDay) => terms.some((t) => day >= t.startDay && day <= t.endDay);
  const yearSpan = { startDay: terms[0].startDay, endDay: q4End };
  const daysOff = [...PUBLIC_DAYS_OFF.map((h) => ({ ...h, startDay: dayOf(h.month >= 9 ? y : y + 1, h.month, h.day) })), ...islamicDaysOff(yearSpan)];
  for (const h of daysOff.sort((a, b) => a.startDay - b.startDay)) {
    if (isWeekend(h.startDay) || !inTerm(h.startDay)) continue;
    if (holidays.some((o) => h.startDay >= o.startDay && h.startDay <= o.endDay)) continue;
    holidays.push({ startDay: h.startDay, endDay: h.startDay, nameRu: h.nameRu, nameTt: h.nameTt });
  }
  holidays.sort((a, b) => a.startDay - b.startDay);
  return {
    startYear: y,
    name: `${y}/${y + 1}`,
    startDay: terms[0].startDay,
    // The Russian school year runs to the end of August, summer included.
    endDay: dayOf(y + 1, 8, 31),
    terms,
    holidays,
  };
}

export function isSchoolDay(plan: TYearPlan, day: TDay) {
  if (isWeekend(day)) return false;
  if (!plan.terms.some((t) => day >= t.startDay && day <= t.endDay)) return false;
  return !plan.holidays.some((h) => day >= h.startDay && day <= h.endDay);
}

/** The last day lessons are generated for: the end of the term under way, or of the next one. */
export function lessonHorizon(plan: TYearPlan, today: TDay): TDay {
  const term = plan.terms.find((t) => today <= t.endDay);
  return term ? term.endDay : plan.terms[plan.terms.length - 1].endDay;
}
