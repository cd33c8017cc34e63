// Attendance of a class in one month: per pupil and school day, the lessons they had and missed by
// reason, from one grouped SQL statement; totals and whole days by lib/reports/attendance-figures.
import "server-only";
import { db, replicaRead } from "@/lib/db";
import { schoolToday, type TIsoDate } from "@/lib/i18n/dates";
import type { TReportClass } from "./access";
import { attendanceByPupil, attendanceTotal, EMPTY_TOTALS, type TAttendanceDay, type TAttendanceTotals } from "./attendance-figures";
import { monthRange, type TMonth } from "./periods";

type TPupilRow = { id: number; lastName: string; firstName: string; joinedOn: TIsoDate | null; leftOn: TIsoDate | null };

export type TAttendancePupil = TPupilRow & { totals: TAttendanceTotals };
export type TClassAttendance = { pupils: TAttendancePupil[]; total: TAttendanceTotals };

/**
 * A pupil "had" a lesson of the class when it has taken place (today at the latest; the timetable
 * already holds the rest of the term), was not cancelled, fell within their enrolment, and was for
 * the whole class, for a subgroup they belong to, or marked for them in the journal.
 */
export async function getClassAttendance(cls: TReportClass, month: TMonth, today: TIsoDate = schoolToday()): Promise<TClassAttendance> {
  return replicaRead(async () => {
    const { from, to } = monthRange(month);
    const [pupils, days] = await Promise.all([
      db.$queryRaw<TPupilRow[]>`
        SELECT u.id, u."lastName", u."firstName",
          CASE WHEN min(e."startDate") > ${from}::date THEN to_char(min(e."startDate"), 'YYYY-MM-DD') END AS "joinedOn",
          CASE WHEN bool_or(e."endDate" IS NULL OR e."endDate" >= ${to}::date - 1) THEN NULL ELSE to_char(max(e."endDate"), 'YYYY-MM-DD') END AS "leftOn"
        FROM "Enrolment" e JOIN "User" u ON u.id = e."studentId"
        WHERE e."schoolId" = ${cls.schoolId} AND e."classId" = ${cls.id}
          AND e."startDate" < ${to}::date AND (e."endDate" IS NULL OR e."endDate" >= ${from}::date)
        GROUP BY u.id, u."lastName", u."firstName"`,
      db.$queryRaw<TAttendanceDay[]>`
        WITH pupils AS (
          SELECT e."studentId", e."startDate", e."endDate" FROM "Enrolment" e
          WHERE e."schoolId" = ${cls.schoolId} AND e."classId" = ${cls.id}
            AND e."startDate" < ${to}::date AND (e."endDate" IS NULL OR e."endDate" >= ${from}::date)
        ),
        lessons AS (
          SELECT l.id, l.date, a."subgroupId" FROM "Lesson" l JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
          WHERE l."schoolId" = ${cls.schoolId} AND a."classId" = ${cls.id}
            AND l.date >= ${from}::date AND l.date < ${to}::date AND l.date <= ${today}::date AND NOT l."isCancelled"
        ),
        had AS (
          SELECT DISTINCT p."studentId", l.id AS "lessonId", l.date
          FROM pupils p JOIN lessons l ON l.date >= p."startDate" AND (p."endDate" IS NULL OR l.date <= p."endDate")
          WHERE l."subgroupId" IS NULL
            OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = l."subgroupId" AND sm."studentId" = p."studentId")
            OR EXISTS (SELECT 1 FROM "Attendance" x WHERE x."lessonId" = l.id AND x."studentId" = p."studentId")
        )
        SELECT h."studentId", to_char(h.date, 'YYYY-MM-DD') AS date,
          count(*)::int AS lessons,
          count(*) FILTER (WHERE c.kind = 'ILLNESS')::int AS illness,
          count(*) FILTER (WHERE c.kind = 'EXCUSED')::int AS excused,
          count(*) FILTER (WHERE c.kind = 'UNEXCUSED')::int AS unexcused,
          count(*) FILTER (WHERE c.kind = 'LATE')::int AS late
        FROM had h
        LEFT JOIN "Attendance" at ON at."schoolId" = ${cls.schoolId} AND at."lessonId" = h."lessonId" AND at."studentId" = h."studentId"
        LEFT JOIN "AbsenceCode" c ON c.id = at."absenceCodeId"
        GROUP BY h."studentId", h.date`,
    ]);
    const byPupil = attendanceByPupil(days);
    return {
      pupils: pupils
        .map((p) => ({ ...p, totals: byPupil.get(p.id) ?? { ...EMPTY_TOTALS } }))
        .sort((a, b) => a.lastName.localeCompare(b.lastName, "ru") || a.firstName.localeCompare(b.firstName, "ru")),
      total: attendanceTotal(days),
    };
  });
}
