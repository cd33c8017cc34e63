// What a new school starts with, so its administrator can begin at once: grading settings, the
// usual kinds of work with their weights, absence codes, a bell schedule. Names come from both
// languages' bundles (admin.json, defaults).
import { bilingual } from "@/lib/i18n/bilingual";

export const DEFAULT_WORK_KINDS = [
  { code: "answer", weight: 1, isDefault: true },
  { code: "homework", weight: 1, isDefault: false },
  { code: "independent", weight: 2, isDefault: false },
  { code: "test", weight: 3, isDefault: false },
] as const;

export const DEFAULT_ABSENCE_CODES = [
  { code: "unexcused", kind: "UNEXCUSED" },
  { code: "illness", kind: "ILLNESS" },
  { code: "excused", kind: "EXCUSED" },
  { code: "late", kind: "LATE" },
] as const;

/** Lessons of 40 minutes from 8:00, breaks of 10 minutes and a long one of 20 after the second and third. */
export function defaultBells(): { number: number; startMinute: number; endMinute: number }[] {
  const breaks = [10, 20, 20, 10, 10, 10];
  const out = [];
  let start = 8 * 60;
  for (let n = 1; n <= 7; n++) {
    out.push({ number: n, startMinute: start, endMinute: start + 40 });
    start += 40 + (breaks[n - 1] ?? 10);
  }
  return out;
}

export function defaultWorkKinds() {
  return DEFAULT_WORK_KINDS.map((k, i) => ({ ...k, sortOrder: i + 1, ...bilingual(`admin:defaults.workKinds.${k.code}`) }));
}

export function defaultAbsenceCodes() {
  return DEFAULT_ABSENCE_CODES.map((c, i) => {
    const letters = bilingual(`admin:defaults.absenceLetters.${c.code}`);
    return { kind: c.kind, sortOrder: i + 1, letterRu: letters.nameRu, letterTt: letters.nameTt, ...bilingual(`admin:defaults.absenceCodes.${c.code}`) };
  });
}

/** A bell schedule has one name; the school's default language names it. */
export function defaultBellName(): string {
  return bilingual("admin:timetable.bellNames.NORMAL").nameRu;
}
