// A parent's evening at a glance: for each child, today's lessons with marks and absences, the
// homework for the next school day, and what is new since the last visit. Three statements a
// child (the days, new marks, new homework), read side by side; the children and their "since"
// come from the pupil list the shell already read.
import "server-only";
import { addDays, type TIsoDate } from "@/lib/i18n/dates";
import { getNewItems, type TFeedItem } from "./feed-queries";
import type { TDiaryPupil } from "./pupil-queries";
import { getDiaryDays, type TDiaryLesson } from "./queries";

/** How far ahead the next school day is looked for (a week covers holidays of a weekend). */
const LOOK_AHEAD_DAYS = 7;
/** New items shown per child; the rest are one tap away in "what's new". */
export const OVERVIEW_NEWS_LIMIT = 6;

export type TChildOverview = {
  pupil: TDiaryPupil;
  today: TDiaryLesson[];
  /** The next day with lessons after today, and its lessons that have homework. */
  next: { date: TIsoDate; lessons: TDiaryLesson[] } | null;
  news: TFeedItem[];
  newsCount: number;
};

export function splitDays(lessons: TDiaryLesson[], today: TIsoDate): Pick<TChildOverview, "today" | "next"> {
  const nextDate = lessons.find((l) => l.date > today)?.date;
  return {
    today: lessons.filter((l) => l.date === today),
    next: nextDate ? { date: nextDate, lessons: lessons.filter((l) => l.date === nextDate && l.homework.length > 0) } : null,
  };
}

export async function getChildOverview(pupil: TDiaryPupil, today: TIsoDate, now = new Date()): Promise<TChildOverview> {
  const [days, news] = await Promise.all([getDiaryDays(pupil, today, addDays(today, LOOK_AHEAD_DAYS)), getNewItems(pupil, pupil.since, now)]);
  return { pupil, ...splitDays(days, today), news: news.slice(0, OVERVIEW_NEWS_LIMIT), newsCount: news.length };
}
