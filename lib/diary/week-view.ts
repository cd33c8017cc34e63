// A diary week as compact data for one language: what the page shows and nothing else, so the
// server sends a small payload and one client component renders it. Pure: no Prisma, no Next.
import { formatDate, formatMinutes, type TIsoDate } from "@/lib/i18n/dates";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { weekDays } from "./calendar";
import { formatDecimal } from "./format";
import type { TDiaryLesson, TDiaryMark } from "./queries";
import type { TAttachment } from "./sql";

/** A mark as shown: value (null with `pending`), kind of work and weight in the reader's language. */
export type TMarkView = { id: string; value: number | null; pending?: true; kind: string; weight: string; comment?: string };
export type THomeworkView = { id: string; text: string; isDone: boolean; files?: TAttachment[] };
export type TLessonView = {
  id: string;
  /** "08:30", or null when the school has no bells for the period (the page then says "lesson N"). */
  time: string | null;
  period: number;
  subject: string;
  cancelled?: true;
  topic?: string;
  room?: string;
  absence?: { letter: string; name: string };
  marks?: TMarkView[];
  homework?: THomeworkView[];
};
export type TDayView = { date: TIsoDate; label: string; isToday?: true; isPast?: true; isShortened?: true; lessons: TLessonView[] };

export function markView(m: TDiaryMark, lng: TLanguage): TMarkView {
  return {
    id: m.id,
    value: m.value,
    ...(m.isPending ? { pending: true as const } : {}),
    kind: localized(m.workKind, lng),
    weight: formatDecimal(m.workKind.weight),
    ...(m.comment ? { comment: m.comment } : {}),
  };
}

export function lessonView(l: TDiaryLesson, lng: TLanguage): TLessonView {
  return {
    id: l.id,
    time: l.startMinute !== null ? formatMinutes(l.startMinute) : null,
    period: l.period,
    subject: localized(l.subject, lng),
    ...(l.isCancelled ? { cancelled: true as const } : {}),
    ...(l.topic ? { topic: l.topic } : {}),
    ...(l.room ? { room: l.room } : {}),
    ...(l.absence ? { absence: { letter: lng === "tt" ? l.absence.letterTt : l.absence.letterRu, name: localized(l.absence, lng) } } : {}),
    ...(l.marks.length ? { marks: l.marks.map((m) => markView(m, lng)) } : {}),
    ...(l.homework.length
      ? { homework: l.homework.map((h) => ({ id: h.id, text: h.text, isDone: h.isDone, ...(h.attachments.length ? { files: h.attachments } : {}) })) }
      : {}),
  };
}

/** The week's school days with their lessons, in the order the page shows them. */
export function weekView(lessons: readonly TDiaryLesson[], weekStart: TIsoDate, today: TIsoDate, lng: TLanguage): TDayView[] {
  const days = weekDays(
    weekStart,
    lessons.map((l) => l.date),
  ).map((date): TDayView => {
    const own = lessons.filter((l) => l.date === date);
    return {
      date,
      label: formatDate(date, lng, { weekday: true }),
      ...(date === today ? { isToday: true as const } : {}),
      ...(date < today ? { isPast: true as const } : {}),
      ...(own.some((l) => l.isShortenedDay) ? { isShortened: true as const } : {}),
      lessons: own.map((l) => lessonView(l, lng)),
    };
  });
  return orderDays(days, today);
}

/** The order of a week's days on the page (calendar order). Kept apart so it can change alone. */
export function orderDays<T extends { date: TIsoDate }>(days: T[], _today: TIsoDate): T[] {
  return days;
}
