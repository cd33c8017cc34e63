import { describe, expect, it } from "vitest";
import type { TJournalTermData } from "@/lib/journal/types";
import { printRows, spreads } from "./layout";

const words = { exempt: "осв.", notAssessed: "н/а", absenceLetter: (a: { letterRu: string }) => a.letterRu };

function termData(): TJournalTermData {
  return {
    header: {
      absenceCodes: [{ id: 9, letterRu: "Н", letterTt: "Н", nameRu: "", nameTt: "", kind: "UNEXCUSED", isActive: true }],
    } as unknown as TJournalTermData["header"],
    access: { canRead: true, canWrite: false, canWriteFinalMarks: false, substituteLessonIds: [] },
    term: { id: 1, number: 2, startDate: "2026-11-03", endDate: "2026-12-28", isLocked: false },
    pupils: [
      { id: 1, lastName: "Абрамова", firstName: "Алиса", spans: [{ from: "2026-09-01", to: null }] },
      { id: 2, lastName: "Борисов", firstName: "Булат", spans: [{ from: "2026-11-24", to: null }] },
      { id: 3, lastName: "Валиев", firstName: "Вадим", spans: [{ from: "2026-09-01", to: null }] },
    ],
    lessons: [
      { id: "10", date: "2026-11-23", period: 1, topic: "Дроби", isCancelled: false, hasHomework: false, substituteTeacherId: null },
      { id: "11", date: "2026-11-25", period: 1, topic: null, isCancelled: false, hasHomework: true, substituteTeacherId: null },
    ],
    marks: [
      { id: "1", lessonId: "10", studentId: 1, value: 5, workKindId: 1, isPending: false, comment: null },
      { id: "2", lessonId: "10", studentId: 1, value: 4, workKindId: 1, isPending: false, comment: null },
      { id: "3", lessonId: "11", studentId: 2, value: null, workKindId: 1, isPending: true, comment: null },
    ],
    absences: [{ lessonId: "11", studentId: 1, absenceCodeId: 9 }],
    finalMarks: [{ studentId: 1, period: 2, status: "GRADED", value: 5, average: 4.5, suggested: 5, isOverride: false }],
    exemptions: [{ studentId: 3, from: "2026-11-01", to: null }],
  };
}

describe("the printed journal's content", () => {
  it("writes marks, absences, «осв.» and a dash before a pupil joined; term marks or «осв.»", () => {
    expect(printRows(termData(), words)).toEqual([
      { name: "Абрамова Алиса", cells: ["5 4", "Н"], final: "5" },
      { name: "Борисов Булат", cells: ["—", "•"], final: "" },
      { name: "Валиев Вадим", cells: ["осв.", "осв."], final: "осв." },
    ]);
  });

  it("splits lessons and pupils into spreads that cover every cell once", () => {
    const s = spreads(40, 35, 25, 30);
    expect(s.map((x) => [x.lessonIndexes.length, x.pupilIndexes.length])).toEqual([
      [25, 30],
      [25, 5],
      [15, 30],
      [15, 5],
    ]);
    expect(spreads(0, 3, 25, 30)).toEqual([{ lessonIndexes: [], pupilIndexes: [0, 1, 2] }]);
  });
});
