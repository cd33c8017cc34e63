// What the printed journal shows, worked out before any drawing: each pupil's cell text per lesson
// (marks, the absence letter, «осв.»), the term mark, and how lessons and pupils split into
// spreads of two pages (marks on the left, topics and homework on the right), names repeated on
// every spread. Pure.
import { isExemptInPeriod, isExemptOn } from "@/lib/exemptions/period";
import { markLabel } from "@/lib/journal/cell-input.client";
import { isEnrolledOn } from "@/lib/journal/grid-model.client";
import type { TJournalTermData } from "@/lib/journal/types";

export type TPrintWords = { exempt: string; notAssessed: string; absenceLetter: (a: { letterRu: string; letterTt: string }) => string };

export type TPrintRow = { name: string; cells: string[]; final: string };
export type TPrintSpread = { lessonIndexes: number[]; pupilIndexes: number[] };

/** Each pupil's row: the cells of the term's lessons (cancelled ones included, left blank) and the term mark. */
export function printRows(data: TJournalTermData, words: TPrintWords): TPrintRow[] {
  const absenceById = new Map(data.header.absenceCodes.map((a) => [a.id, a]));
  const marks = new Map<string, string[]>();
  for (const m of data.marks) {
    const key = `${m.lessonId}:${m.studentId}`;
    marks.set(key, [...(marks.get(key) ?? []), markLabel(m)]);
  }
  const absences = new Map(data.absences.map((a) => [`${a.lessonId}:${a.studentId}`, a.absenceCodeId]));
  const finals = new Map(data.finalMarks.map((f) => [f.studentId, f]));
  return data.pupils.map((p) => {
    const cells = data.lessons.map((l) => {
      if (!isEnrolledOn(p.spans, l.date)) return "—";
      const key = `${l.id}:${p.id}`;
      const parts: string[] = [];
      if (isExemptOn(data.exemptions, p.id, l.date)) parts.push(words.exempt);
      const code = absences.get(key);
      const absence = code === undefined ? undefined : absenceById.get(code);
      if (absence) parts.push(words.absenceLetter(absence));
      parts.push(...(marks.get(key) ?? []));
      return parts.join(" ");
    });
    const f = finals.get(p.id);
    const final =
      f?.status === "GRADED" && f.value !== null
        ? String(f.value)
        : f?.status === "EXEMPT" || (!f && isExemptInPeriod(data.exemptions, p.id, data.term.startDate, data.term.endDate))
          ? words.exempt
          : f?.status === "NOT_ASSESSED"
            ? words.notAssessed
            : "";
    return { name: `${p.lastName} ${p.firstName}`, cells, final };
  });
}

/** Lessons in chunks of `lessonsPerPage`, pupils in chunks of `pupilsPerPage`: one spread per pair. */
export function spreads(lessonCount: number, pupilCount: number, lessonsPerPage: number, pupilsPerPage: number): TPrintSpread[] {
  const chunk = (n: number, size: number) => {
    const out: number[][] = [];
    for (let i = 0; i < Math.max(n, 1); i += size) out.push(Array.from({ length: Math.min(size, n - i) }, (_, j) => i + j));
    return out;
  };
  const out: TPrintSpread[] = [];
  for (const lessonIndexes of chunk(lessonCount, lessonsPerPage))
    for (const pupilIndexes of chunk(pupilCount, pupilsPerPage)) out.push({ lessonIndexes, pupilIndexes });
  return out;
}
