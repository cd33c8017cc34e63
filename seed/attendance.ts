// Who missed which lesson: spells of illness over whole days (most absences), a day off for a
// family reason, a skipped lesson now and then, and late arrivals to the first lesson.

import { earliest, moscowInstant, type TDay } from "./calendar";
import type { TAbsenceKind } from "./catalog";
import type { TRandom } from "./random";
import type { TAssignmentRef, TLessonRow, TPupilInfo } from "./roster-types";

export type TAttendanceRow = {
  lessonId: bigint;
  studentId: number;
  absenceCodeId: number;
  authorId: number;
  createdAt: Date;
};

export function planAttendance(
  rnd: TRandom,
  input: {
    now: Date;
    lessons: TLessonRow[];
    pupils: TPupilInfo[];
    assignments: Map<number, TAssignmentRef>;
    codes: Record<TAbsenceKind, number>;
    startMinute: (period: number) => number;
  },
): { rows: TAttendanceRow[]; missed: Set<string> } {
  const rows: TAttendanceRow[] = [];
  const missed = new Set<string>();
  const byClassDay = new Map<string, TLessonRow[]>();
  for (const l of input.lessons) {
    if (!l.isPast) continue;
    const key = `${input.assignments.get(l.assignmentId)!.classKey}|${l.day}`;
    byClassDay.set(key, [...(byClassDay.get(key) ?? []), l]);
  }
  const days = [...new Set(input.lessons.filter((l) => l.isPast).map((l) => l.day))].sort((a, b) => a - b);

  for (const pupil of input.pupils) {
    const grade = pupil.grade;
    let illLeft = 0;
    let excusedLeft = 0;
    for (const day of days) {
      if (!isEnrolled(pupil, day)) continue;
      const lessons = (byClassDay.get(`${pupil.classKey}|${day}`) ?? [])
        .filter((l) => attends(pupil, input.assignments.get(l.assignmentId)!))
        .sort((a, b) => a.period - b.period);
      if (!lessons.length) continue;
      if (!illLeft && !excusedLeft) {
        if (rnd.chance(0.0052 * pupil.sickliness))
          illLeft = rnd.weighted([
            [2, 0.2],
            [3, 0.3],
            [4, 0.25],
            [5, 0.15],
            [6, 0.1],
          ]);
        else if (rnd.chance(0.0012)) excusedLeft = rnd.int(1, 2);
      }
      let wholeDay: TAbsenceKind | null = null;
      if (illLeft) {
        wholeDay = "ILLNESS";
        illLeft--;
      } else if (excusedLeft) {
        wholeDay = "EXCUSED";
        excusedLeft--;
      }
      lessons.forEach((lesson, i) => {
        let kind: TAbsenceKind | null = wholeDay;
        if (!kind) {
          const skip = grade >= 9 ? 0.004 : grade >= 5 ? 0.002 : 0.0005;
          if (rnd.chance(skip)) kind = "UNEXCUSED";
          else if (rnd.chance(0.0015)) kind = "EXCUSED";
          else if (i === 0 && rnd.chance(0.012)) kind = "LATE";
        }
        if (!kind) return;
        const a = input.assignments.get(lesson.assignmentId)!;
        const at = moscowInstant(lesson.day, input.startMinute(lesson.period) + rnd.int(2, 6));
        rows.push({
          lessonId: lesson.id,
          studentId: pupil.id,
          absenceCodeId: input.codes[kind],
          authorId: a.teacherId,
          createdAt: earliest(at, input.now),
        });
        if (kind !== "LATE") missed.add(`${lesson.id}:${pupil.id}`);
      });
    }
  }
  return { rows, missed };
}

export function isEnrolled(p: TPupilInfo, day: TDay) {
  return day >= p.startDay && (p.endDay === null || day <= p.endDay);
}

export function attends(p: TPupilInfo, a: TAssignmentRef) {
  return a.classKey === p.classKey && (a.subgroupId === null || p.subgroupIds.has(a.subgroupId));
}
