// Marks on past lessons: answers and homework checked now and then, control works and quizzes for
// the whole class, each pupil marked after their level. Tuned so that a pupil collects about two
// marks a school day across subjects, and every pupil has at least three marks per subject by the
// end of a term.

import { attends, isEnrolled } from "./attendance";
import { earliest, moscowInstant, type TDay, type TTermPlan } from "./calendar";
import { subjectDef, type TWorkKindCode } from "./catalog";
import type { TRandom } from "./random";
import type { TAssignmentRef, TLessonRow, TPupilInfo } from "./roster-types";
import { isTatarSubject } from "./topics";

export type TMarkRow = {
  lessonId: bigint;
  studentId: number;
  workKindId: number;
  value: number | null;
  isPending: boolean;
  comment: string | null;
  authorId: number;
  createdAt: Date;
};

/** P(5), P(4), P(3), P(2) for levels 0 (strong) … 3 (weak). */
const VALUE_ODDS: [number, number][][] = [
  [
    [5, 0.65],
    [4, 0.29],
    [3, 0.05],
    [2, 0.01],
  ],
  [
    [5, 0.25],
    [4, 0.52],
    [3, 0.19],
    [2, 0.04],
  ],
  [
    [5, 0.1],
    [4, 0.38],
    [3, 0.38],
    [2, 0.14],
  ],
  [
    [5, 0.03],
    [4, 0.2],
    [3, 0.45],
    [2, 0.32],
  ],
];

const WHOLE_CLASS: Partial<Record<TLessonRow["kind"], { code: TWorkKindCode; share: number }>> = {
  // Everyone present writes a control work and gets its mark.
  test: { code: "test", share: 1 },
  dictation: { code: "dictation", share: 1 },
  quiz: { code: "quiz", share: 0.95 },
  independent: { code: "independent", share: 0.75 },
};

export function planMarks(
  rnd: TRandom,
  input: {
    today: TDay;
    now: Date;
    terms: TTermPlan[];
    lessonsByAssignment: Map<number, TLessonRow[]>;
    assignments: TAssignmentRef[];
    pupils: TPupilInfo[];
    missed: Set<string>;
    lessonsWithHomework: Set<bigint>;
    workKinds: Record<TWorkKindCode, number>;
    ungradedGrades: readonly number[];
    startMinute: (period: number) => number;
    marksPerDay?: number;
  },
): TMarkRow[] {
  const rows: TMarkRow[] = [];
  const perDay = input.marksPerDay ?? 2;
  // A pupil is better at some subjects than others.
  const shift = new Map<string, number>();
  const levelFor = (p: TPupilInfo, a: TAssignmentRef, harder: boolean) => {
    const key = `${p.id}:${a.subject}`;
    if (!shift.has(key)) shift.set(key, rnd.chance(0.2) ? rnd.pick([-1, 1]) : 0);
    const level = p.level + shift.get(key)! - (subjectDef(a.subject).lenience ?? 0) + (harder && rnd.chance(0.35) ? 1 : 0);
    return Math.min(3, Math.max(0, level));
  };
  const at = (lesson: TLessonRow, from: number, to: number) => {
    const t = moscowInstant(lesson.day, input.startMinute(lesson.period) + rnd.int(from, to));
    return earliest(t, input.now);
  };

  // Owed marks ("points") only in the open term: a closed term has none left.
  const openFrom = Math.max(0, ...input.terms.filter((t) => t.endDay < input.today).map((t) => t.endDay + 1));

  const graded = input.assignments.filter((a) => !input.ungradedGrades.includes(a.grade));
  for (const classKey of new Set(graded.map((a) => a.classKey))) {
    const classAssignments = graded.filter((a) => a.classKey === classKey);
    const pupils = input.pupils.filter((p) => p.classKey === classKey);
    const present = (l: TLessonRow, a: TAssignmentRef) => pupils.filter((p) => attends(p, a) && isEnrolled(p, l.day) && !input.missed.has(`${l.id}:${p.id}`));

    // Calibrate the chance of a mark on an ordinary lesson so the class reaches the target.
    const days = new Set<TDay>();
    let wholeClassExpected = 0;
    let ordinarySeats = 0;
    for (const a of classAssignments)
      for (const l of input.lessonsByAssignment.get(a.id) ?? []) {
        if (!l.isPast) continue;
        days.add(l.day);
        const seats = present(l, a).length;
        const whole = WHOLE_CLASS[l.kind];
        if (whole) wholeClassExpected += seats * whole.share;
        else ordinarySeats += seats;
      }
    let pupilDays = 0;
    for (const p of pupils) for (const d of days) if (isEnrolled(p, d)) pupilDays++;
    const chance = Math.min(0.6, Math.max(0.05, (perDay * pupilDays - wholeClassExpected) / Math.max(1, ordinarySeats)));

    for (const a of classAssignments) {
      const tt = isTatarSubject(a.subject);
      const lessons = (input.lessonsByAssignment.get(a.id) ?? []).filter((l) => l.isPast);
      const counts = new Map<string, number>(); // pupil|term → marks
      const marked = new Set<string>(); // lesson:pupil
      const add = (l: TLessonRow, p: TPupilInfo, code: TWorkKindCode, value: number | null, comment: string | null, createdAt: Date) => {
        rows.push({
          lessonId: l.id,
          studentId: p.id,
          workKindId: input.workKinds[code],
          value,
          isPending: value === null,
          comment,
          authorId: a.teacherId,
          createdAt,
        });
        marked.add(`${l.id}:${p.id}`);
        const term = input.terms.find((t) => l.day >= t.startDay && l.day <= t.endDay);
        if (value !== null && term) counts.set(`${p.id}|${term.number}`, (counts.get(`${p.id}|${term.number}`) ?? 0) + 1);
      };

      lessons.forEach((l, i) => {
        const whole = WHOLE_CLASS[l.kind];
        const isRecent = l.day > input.today - 21 && l.day >= openFrom;
        if (whole) {
          for (const p of present(l, a)) {
            if (!rnd.chance(whole.share)) continue;
            const value = rnd.weighted(VALUE_ODDS[levelFor(p, a, whole.code !== "independent")]);
            const comment =
              (l.kind === "test" || l.kind === "dictation") && value <= 3 && rnd.chance(0.12)
                ? tt
                  ? "Хаталар өстендә эшләргә"
                  : "Сделать работу над ошибками"
                : null;
            add(l, p, whole.code, value, comment, at(l, 10, 38));
          }
          // Those who missed a recent control work owe it: the teacher's "point".
          if (l.kind !== "independent" && isRecent)
            for (const p of pupils)
              if (attends(p, a) && isEnrolled(p, l.day) && input.missed.has(`${l.id}:${p.id}`) && rnd.chance(0.6))
                add(l, p, whole.code, null, tt ? "Контроль эшне язарга" : "Написать пропущенную работу", at(l, 39, 40));
          return;
        }
        const homeworkDue = i > 0 && input.lessonsWithHomework.has(lessons[i - 1].id);
        for (const p of present(l, a)) {
          if (!rnd.chance(chance)) continue;
          const code: TWorkKindCode = homeworkDue && rnd.chance(0.3) ? "homework" : "answer";
          if (isRecent && rnd.chance(0.008)) {
            add(l, p, code, null, tt ? "Дәфтәрне тикшерүгә тапшырырга" : "Сдать тетрадь на проверку", at(l, 5, 38));
            continue;
          }
          const value = rnd.weighted(VALUE_ODDS[levelFor(p, a, false)]);
          add(l, p, code, value, commentFor(rnd, code, value, tt), at(l, code === "homework" ? 2 : 5, code === "homework" ? 10 : 38));
        }
      });

      // Before a term closes, the teacher makes sure everyone has at least three marks.
      for (const term of input.terms) {
        if (term.endDay >= input.today) continue;
        const inTerm = lessons.filter((l) => l.day >= term.startDay && l.day <= term.endDay && !WHOLE_CLASS[l.kind]);
        for (const p of pupils) {
          if (!attends(p, a) || !isEnrolled(p, term.endDay)) continue;
          let have = counts.get(`${p.id}|${term.number}`) ?? 0;
          const spare = rnd.shuffle(inTerm.filter((l) => isEnrolled(p, l.day) && !input.missed.has(`${l.id}:${p.id}`) && !marked.has(`${l.id}:${p.id}`)));
          while (have < 3 && spare.length) {
            const l = spare.pop()!;
            add(l, p, "answer", rnd.weighted(VALUE_ODDS[levelFor(p, a, false)]), null, at(l, 5, 38));
            have++;
          }
        }
      }
    }
  }
  return rows;
}

function commentFor(rnd: TRandom, code: TWorkKindCode, value: number, tt: boolean): string | null {
  if (value === 2 && rnd.chance(0.3)) {
    if (code === "homework") return tt ? "Өй эше эшләнмәгән" : "Домашнее задание не выполнено";
    return tt ? "Дәрескә әзер түгел" : "Не готов к уроку";
  }
  if (value === 5 && rnd.chance(0.025)) return tt ? rnd.pick(["Афәрин!", "Бик яхшы җавап!"]) : rnd.pick(["Отличный ответ!", "Молодец!"]);
  return null;
}
