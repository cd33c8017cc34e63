// Dated lessons from the weekly timetable, and what each past lesson was: its topic, and whether it
// was a control work, a quiz, a piece of independent work or the review after a test.

import { isoWeekday, isSchoolDay, moscowDay, moscowInstant, type TDay, type TYearPlan } from "./calendar";
import { subjectDef, type TSubjectCode } from "./catalog";
import type { TRandom } from "./random";
import { lessonTopic, type TLessonKind, topicsFor } from "./topics";

export type TAssignmentInfo = {
  id: number;
  classKey: string;
  grade: number;
  subject: TSubjectCode;
  teacherId: number;
  subgroupId: number | null;
  hoursPerWeek: number;
};
export type TSlotInfo = { id: number; assignmentId: number; weekday: number; period: number; room: string };
export type TLessonPlan = {
  assignmentId: number;
  slotId: number;
  day: TDay;
  period: number;
  room: string;
  kind: TLessonKind;
  /** The lesson has begun by "now": it has a topic, marks and attendance; later ones have none. */
  isPast: boolean;
  /** Only for lessons that have begun. */
  topic: string | null;
  /** Position in the subject's topic list, counted on across cycles (the textbook paragraph). */
  topicIndex: number;
  /** Lessons of the same assignment before this one. */
  lessonIndex: number;
};

const WRITTEN_HEAVY = new Set<TSubjectCode>(["math", "algebra", "geometry", "russian", "physics", "chemistry"]);

export function planLessons(
  rnd: TRandom,
  plan: TYearPlan,
  now: Date,
  horizon: TDay,
  assignments: TAssignmentInfo[],
  slots: TSlotInfo[],
  ungradedGrades: readonly number[],
  startMinute: (period: number) => number,
): TLessonPlan[] {
  const today = moscowDay(now);
  const nowMinute = Math.round((now.getTime() - moscowInstant(today, 0).getTime()) / 60_000);
  const byWeekday = new Map<number, TSlotInfo[]>();
  for (const s of slots) byWeekday.set(s.weekday, [...(byWeekday.get(s.weekday) ?? []), s]);
  const perAssignment = new Map<number, TLessonPlan[]>();
  for (let day = plan.startDay; day <= horizon; day++) {
    if (!isSchoolDay(plan, day)) continue;
    for (const s of byWeekday.get(isoWeekday(day)) ?? []) {
      const list = perAssignment.get(s.assignmentId) ?? [];
      list.push({
        assignmentId: s.assignmentId,
        slotId: s.id,
        day,
        period: s.period,
        room: s.room,
        kind: "normal",
        isPast: day < today || (day === today && startMinute(s.period) <= nowMinute),
        topic: null,
        topicIndex: 0,
        lessonIndex: 0,
      });
      perAssignment.set(s.assignmentId, list);
    }
  }

  const out: TLessonPlan[] = [];
  for (const a of assignments) {
    const lessons = (perAssignment.get(a.id) ?? []).sort((x, y) => x.day - y.day || x.period - y.period);
    const def = subjectDef(a.subject);
    const topics = topicsFor(a.grade, a.subject);
    const isGraded = !ungradedGrades.includes(a.grade);
    const hasTests = isGraded && !!def.hasTests;
    const interval = a.hoursPerWeek >= 2 ? 28 : 42;
    const perTopic = a.hoursPerWeek >= 3 ? 2 : 1;
    // An entry test in the third week of September for the main subjects, then one every few weeks.
    let nextTest = plan.startDay + (a.hoursPerWeek >= 2 ? 14 + rnd.int(0, 6) : interval - rnd.int(0, 7));
    let lastTest: TDay | null = null;
    let hadQuiz = false;
    let testsSoFar = 0;
    let advanced = 0;
    lessons.forEach((lesson, i) => {
      lesson.lessonIndex = i;
      const isPast = lesson.isPast;
      let kind: TLessonKind = "normal";
      const prev = lessons[i - 1];
      if (isPast && hasTests) {
        if (lesson.day >= nextTest) {
          kind = a.subject === "russian" && testsSoFar % 2 === 0 ? "dictation" : "test";
          testsSoFar++;
          lastTest = lesson.day;
          hadQuiz = false;
          nextTest = lesson.day + interval + rnd.int(-3, 3);
        } else if (prev && (prev.kind === "test" || prev.kind === "dictation") && a.hoursPerWeek >= 2 && rnd.chance(0.7)) {
          kind = "review";
        } else if (lastTest !== null && !hadQuiz && a.hoursPerWeek >= 2 && lesson.day >= lastTest + interval / 2) {
          hadQuiz = true;
          if (rnd.chance(0.5)) kind = "quiz";
        } else if (rnd.chance(WRITTEN_HEAVY.has(a.subject) ? 0.08 : 0.03)) {
          kind = "independent";
        }
      }
      const advances = kind === "normal" || kind === "independent";
      // Tests and reviews are about what was covered last.
      const index = Math.floor((advances ? advanced : Math.max(0, advanced - 1)) / perTopic);
      lesson.topicIndex = index;
      lesson.kind = kind;
      if (isPast) {
        const topic = topics[index % topics.length];
        lesson.topic =
          kind === "test" && testsSoFar === 1 && a.hoursPerWeek >= 2
            ? entryTestTopic(a.subject)
            : kind === "dictation" && testsSoFar === 1
              ? "Входной контрольный диктант"
              : lessonTopic(kind, topic, a.subject);
      }
      if (advances) advanced++;
      out.push(lesson);
    });
  }
  return out;
}

function entryTestTopic(subject: TSubjectCode) {
  return subject === "tatar" || subject === "tatar-lit" ? "Кереш контроль эш" : "Входная контрольная работа";
}
