// Attendance figures from a pupil's school days: lessons missed by reason, lateness (not an
// absence), and whole days missed (a day on which the pupil missed every lesson they had). Pure.

export type TAttendanceDay = {
  studentId: number;
  date: string;
  /** Lessons the pupil had that day (not cancelled, while enrolled, of their subgroups). */
  lessons: number;
  illness: number;
  excused: number;
  unexcused: number;
  late: number;
};

export type TAttendanceTotals = {
  lessons: number;
  illness: number;
  excused: number;
  unexcused: number;
  /** illness + excused + unexcused: lessons missed. */
  missed: number;
  late: number;
  wholeDays: number;
  /** Whole days missed for illness only (every absence of the day was for illness). */
  wholeDaysIllness: number;
};

export const EMPTY_TOTALS: TAttendanceTotals = { lessons: 0, illness: 0, excused: 0, unexcused: 0, missed: 0, late: 0, wholeDays: 0, wholeDaysIllness: 0 };

function add(into: TAttendanceTotals, day: TAttendanceDay): void {
  const missed = day.illness + day.excused + day.unexcused;
  into.lessons += day.lessons;
  into.illness += day.illness;
  into.excused += day.excused;
  into.unexcused += day.unexcused;
  into.missed += missed;
  into.late += day.late;
  if (day.lessons > 0 && missed >= day.lessons) {
    into.wholeDays += 1;
    if (day.illness >= day.lessons) into.wholeDaysIllness += 1;
  }
}

/** Totals per pupil; pupils with no days are absent from the map (read them as EMPTY_TOTALS). */
export function attendanceByPupil(days: readonly TAttendanceDay[]): Map<number, TAttendanceTotals> {
  const byPupil = new Map<number, TAttendanceTotals>();
  for (const day of days) {
    let totals = byPupil.get(day.studentId);
    if (!totals) {
      totals = { ...EMPTY_TOTALS };
      byPupil.set(day.studentId, totals);
    }
    add(totals, day);
  }
  return byPupil;
}

/** The class total: the sum over pupils (whole days summed as pupil-days). */
export function attendanceTotal(days: readonly TAttendanceDay[]): TAttendanceTotals {
  const totals = { ...EMPTY_TOTALS };
  for (const day of days) add(totals, day);
  return totals;
}
