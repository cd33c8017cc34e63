import { describe, expect, it } from "vitest";
import { attendanceByPupil, attendanceTotal, EMPTY_TOTALS, type TAttendanceDay } from "./attendance-figures";

const day = (studentId: number, date: string, lessons: number, over: Partial<TAttendanceDay> = {}): TAttendanceDay => ({
  studentId,
  date,
  lessons,
  illness: 0,
  excused: 0,
  unexcused: 0,
  late: 0,
  ...over,
});

describe("attendance figures", () => {
  // Pupil 1: ill all 6 lessons on the 2nd, 2 of 6 without reason on the 3rd, late once on the 4th.
  // Pupil 2: away with reason 3 lessons and ill 2 of their 5 on the 2nd (a whole day, mixed reasons),
  //          nothing else.
  const days = [
    day(1, "2026-11-02", 6, { illness: 6 }),
    day(1, "2026-11-03", 6, { unexcused: 2 }),
    day(1, "2026-11-04", 6, { late: 1 }),
    day(2, "2026-11-02", 5, { excused: 3, illness: 2 }),
    day(2, "2026-11-03", 6),
  ];

  it("counts lessons missed by reason, lateness apart, and whole days per pupil", () => {
    const byPupil = attendanceByPupil(days);
    expect(byPupil.get(1)).toEqual({ lessons: 18, illness: 6, excused: 0, unexcused: 2, missed: 8, late: 1, wholeDays: 1, wholeDaysIllness: 1 });
    expect(byPupil.get(2)).toEqual({ lessons: 11, illness: 2, excused: 3, unexcused: 0, missed: 5, late: 0, wholeDays: 1, wholeDaysIllness: 0 });
    expect(byPupil.get(3)).toBeUndefined();
  });

  it("does not make a day with lateness only, or a day without lessons, a day missed", () => {
    const byPupil = attendanceByPupil([day(5, "2026-11-05", 2, { late: 2 }), day(5, "2026-11-06", 0)]);
    expect(byPupil.get(5)).toMatchObject({ missed: 0, late: 2, wholeDays: 0 });
  });

  it("sums the class total over pupils", () => {
    expect(attendanceTotal(days)).toEqual({ lessons: 29, illness: 8, excused: 3, unexcused: 2, missed: 13, late: 1, wholeDays: 2, wholeDaysIllness: 1 });
    expect(attendanceTotal([])).toEqual(EMPTY_TOTALS);
  });
});
