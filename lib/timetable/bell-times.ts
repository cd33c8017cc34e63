// Which bells ring on a school day: the SHORT schedule on the school's shortened days (when it has
// one), the NORMAL schedule otherwise. One SQL definition, used inside the diary week's statement
// and by the batched read of the teacher's lessons and the admin's day, so they never disagree.
// The whole schedule is chosen, not period by period: a lesson the shortened bells do not number
// shows no time rather than a normal-day time that would overlap the shortened ones.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TIsoDate } from "@/lib/i18n/dates";

/**
 * Subquery of the id of the bell schedule in force at school `schoolId` on `date` (SQL column
 * references or bound values); null when the school has no schedule.
 */
export function bellScheduleIdOn(schoolId: Prisma.Sql, date: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT bsx.id FROM "BellSchedule" bsx
    WHERE bsx."schoolId" = ${schoolId}
      AND (bsx.variant = 'NORMAL' OR (bsx.variant = 'SHORT'
        AND EXISTS (SELECT 1 FROM "ShortenedDay" sdx WHERE sdx."schoolId" = ${schoolId} AND sdx.date = ${date})))
    ORDER BY (bsx.variant = 'SHORT') DESC
    LIMIT 1
  )`;
}

export type TBellTime = { startMinute: number; endMinute: number };
export type TDayBells = { isShortened: boolean; periods: ReadonlyMap<number, TBellTime> };

const NO_BELLS: TDayBells = { isShortened: false, periods: new Map() };

/**
 * The bells of each (school, day) asked for, in one statement. `isShortened` says the SHORT
 * schedule is in force that day (so the times shown are the shortened ones).
 */
export async function getBellsOnDays(days: readonly { schoolId: number; date: TIsoDate }[]): Promise<(schoolId: number, date: TIsoDate) => TDayBells> {
  const unique = [...new Map(days.map((d) => [`${d.schoolId}:${d.date}`, d])).values()];
  if (!unique.length) return () => NO_BELLS;
  const rows = await db.$queryRaw<{ schoolId: number; date: TIsoDate; isShortened: boolean; number: number; startMinute: number; endMinute: number }[]>`
    SELECT d."schoolId", to_char(d.date, 'YYYY-MM-DD') AS date, bs.variant = 'SHORT' AS "isShortened", bp.number, bp."startMinute", bp."endMinute"
    FROM unnest(${unique.map((d) => d.schoolId)}::int[], ${unique.map((d) => d.date)}::date[]) AS d("schoolId", date)
    JOIN "BellSchedule" bs ON bs.id = ${bellScheduleIdOn(Prisma.sql`d."schoolId"`, Prisma.sql`d.date`)}
    JOIN "BellPeriod" bp ON bp."bellScheduleId" = bs.id`;
  const byDay = new Map<string, { isShortened: boolean; periods: Map<number, TBellTime> }>();
  for (const r of rows) {
    const key = `${r.schoolId}:${r.date}`;
    const day = byDay.get(key) ?? { isShortened: r.isShortened, periods: new Map<number, TBellTime>() };
    byDay.set(key, day);
    day.periods.set(r.number, { startMinute: r.startMinute, endMinute: r.endMinute });
  }
  return (schoolId, date) => byDay.get(`${schoolId}:${date}`) ?? NO_BELLS;
}
