// Homework set on lessons (due the next lesson of the same journal), including the coming week so
// the diary has something ahead, and pupils ticking it off as done.

import { attends, isEnrolled } from "./attendance";
import { earliest, moscowInstant, type TDay } from "./calendar";
import { subjectDef } from "./catalog";
import type { TRandom } from "./random";
import type { TAssignmentRef, TLessonRow, TPupilInfo } from "./roster-types";
import { homeworkText } from "./topics";

export type THomeworkRow = {
  lessonId: bigint;
  dueLessonId: bigint;
  dueDay: TDay;
  text: string;
  createdById: number;
  createdAt: Date;
};

export function planHomework(
  rnd: TRandom,
  input: {
    today: TDay;
    now: Date;
    lessonsByAssignment: Map<number, TLessonRow[]>;
    assignments: TAssignmentRef[];
    ungradedGrades: readonly number[];
    endMinute: (period: number) => number;
  },
): THomeworkRow[] {
  const rows: THomeworkRow[] = [];
  for (const a of input.assignments) {
    // No homework in the first grade.
    if (input.ungradedGrades.includes(a.grade)) continue;
    const rate = subjectDef(a.subject).homeworkRate;
    const lessons = input.lessonsByAssignment.get(a.id) ?? [];
    lessons.forEach((lesson, i) => {
      const next = lessons[i + 1];
      if (!next || lesson.day > input.today + 7) return;
      const isTest = lesson.kind === "test" || lesson.kind === "dictation";
      if (!rnd.chance(isTest ? rate * 0.4 : rate)) return;
      const text = homeworkText(rnd, {
        subject: a.subject,
        grade: a.grade,
        topicIndex: lesson.topicIndex,
        lessonIndex: lesson.lessonIndex,
        topic: lesson.topic ?? "",
        isNextTest: next.kind === "test" || next.kind === "dictation",
      });
      // Homework for the coming days was typed in ahead, i.e. now.
      const at = lesson.isPast ? moscowInstant(lesson.day, input.endMinute(lesson.period) + rnd.int(0, 25)) : input.now;
      rows.push({
        lessonId: lesson.id,
        dueLessonId: next.id,
        dueDay: next.day,
        text,
        createdById: a.teacherId,
        createdAt: earliest(at, input.now),
      });
    });
  }
  return rows;
}

export type TCompletionRow = { homeworkId: bigint; studentId: number; doneAt: Date };

const DILIGENCE = [0.72, 0.58, 0.45, 0.3];

export function planCompletions(
  rnd: TRandom,
  input: {
    now: Date;
    /** isGiven: the lesson that set it has begun. */
    homework: { id: bigint; lessonDay: TDay; dueDay: TDay; isGiven: boolean; assignment: TAssignmentRef }[];
    pupils: TPupilInfo[];
  },
): TCompletionRow[] {
  const rows: TCompletionRow[] = [];
  for (const h of input.homework) {
    if (!h.isGiven) continue;
    for (const p of input.pupils) {
      if (!attends(p, h.assignment) || !isEnrolled(p, h.lessonDay) || !isEnrolled(p, h.dueDay)) continue;
      if (!rnd.chance(DILIGENCE[p.level])) continue;
      // Done the evening before it is due.
      const doneAt = moscowInstant(Math.max(h.lessonDay, h.dueDay - 1), rnd.int(16 * 60, 22 * 60));
      if (doneAt <= input.now) rows.push({ homeworkId: h.id, studentId: p.id, doneAt });
    }
  }
  return rows;
}
