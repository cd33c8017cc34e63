// Term marks for the terms that are over (the admin has locked them), and year marks once the
// fourth term is over: what the teachers confirmed from the thresholds.

import { attends, isEnrolled } from "./attendance";
import { earliest, moscowInstant, type TDay, type TTermPlan } from "./calendar";
import type { TAssignmentRef, TLessonRow, TPupilInfo } from "./roster-types";
import { termMarkFromAverage, weightedAverage, yearMarkFromTerms } from "./rounding";

export type TFinalMarkRow = {
  termNumber: number | null;
  kind: "TERM" | "YEAR";
  period: number;
  studentId: number;
  subjectId: number;
  status: "GRADED" | "NOT_ASSESSED";
  value: number | null;
  average: number | null;
  suggested: number | null;
  authorId: number;
  createdAt: Date;
};

export function planFinalMarks(input: {
  today: TDay;
  now: Date;
  terms: TTermPlan[];
  assignments: TAssignmentRef[];
  pupils: TPupilInfo[];
  lessonById: Map<bigint, TLessonRow>;
  marks: { lessonId: bigint; studentId: number; workKindId: number; value: number | null }[];
  weightOf: Map<number, number>;
  ungradedGrades: readonly number[];
}): TFinalMarkRow[] {
  const rows: TFinalMarkRow[] = [];
  const closed = input.terms.filter((t) => t.endDay < input.today);
  const byAssignmentPupil = new Map<string, { day: TDay; value: number; weight: number }[]>();
  for (const m of input.marks) {
    if (m.value === null) continue;
    const lesson = input.lessonById.get(m.lessonId)!;
    const key = `${lesson.assignmentId}:${m.studentId}`;
    const list = byAssignmentPupil.get(key) ?? [];
    list.push({ day: lesson.day, value: m.value, weight: input.weightOf.get(m.workKindId)! });
    byAssignmentPupil.set(key, list);
  }
  const termValues = new Map<string, { values: number[]; authorId: number }>();
  for (const a of input.assignments) {
    if (input.ungradedGrades.includes(a.grade)) continue;
    for (const p of input.pupils) {
      if (!attends(p, a)) continue;
      for (const term of closed) {
        if (!isEnrolled(p, term.endDay)) continue;
        const marks = (byAssignmentPupil.get(`${a.id}:${p.id}`) ?? []).filter((m) => m.day >= term.startDay && m.day <= term.endDay);
        const average = weightedAverage(marks);
        const value = average === null ? null : termMarkFromAverage(average);
        rows.push({
          termNumber: term.number,
          kind: "TERM",
          period: term.number,
          studentId: p.id,
          subjectId: a.subjectId,
          status: value === null ? "NOT_ASSESSED" : "GRADED",
          value,
          average: average === null ? null : Math.round(average * 100) / 100,
          suggested: value,
          authorId: a.teacherId,
          createdAt: earliest(moscowInstant(term.endDay, 15 * 60), input.now),
        });
        if (value !== null) {
          const key = `${p.id}:${a.subjectId}`;
          const entry = termValues.get(key) ?? { values: [], authorId: a.teacherId };
          entry.values.push(value);
          termValues.set(key, entry);
        }
      }
    }
  }
  const last = input.terms[input.terms.length - 1];
  if (closed.length === input.terms.length) {
    for (const [key, { values, authorId }] of termValues) {
      const [studentId, subjectId] = key.split(":").map(Number);
      const value = yearMarkFromTerms(values);
      rows.push({
        termNumber: null,
        kind: "YEAR",
        period: 0,
        studentId,
        subjectId,
        status: "GRADED",
        value,
        average: Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100,
        suggested: value,
        authorId,
        createdAt: earliest(moscowInstant(last.endDay, 16 * 60), input.now),
      });
    }
  }
  return rows;
}
