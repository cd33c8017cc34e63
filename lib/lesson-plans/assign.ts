// Which topic of a plan lands on which lesson: the journal's lessons in order, cancelled ones
// skipped; a lesson that already has a topic keeps it (and takes none of the plan's) unless the
// teacher chose to overwrite. What is left of the plan, and lessons left without a topic, are
// said. Also: moving topics one lesson on after a lesson that was moved or cancelled. Pure (lesson
// ids are 64-bit, as decimal strings).
import type { TIsoDate } from "@/lib/i18n/dates";
import { compareBigIds, type TBigId } from "@/lib/validation";

export type TPlanLesson = { id: TBigId; date: TIsoDate; period: number; topic: string | null; isCancelled: boolean };
export type TPlacement = { lessonId: TBigId; date: TIsoDate; before: string | null; topic: string | null; status: "set" | "kept" | "same" | "empty" };
export type TAssignment = {
  placements: TPlacement[];
  leftOver: string[];
  changes: { lessonId: TBigId; before: string | null; after: string }[];
  /** The plan's homework for the lessons its topics landed on (set or already the same). */
  homework: { lessonId: TBigId; text: string }[];
};

export function assignTopics(
  lessons: readonly TPlanLesson[],
  entries: readonly { topic: string; homework?: string | null }[],
  opts: { keepExisting: boolean },
): TAssignment {
  const open = [...lessons].filter((l) => !l.isCancelled).sort((a, b) => a.date.localeCompare(b.date) || a.period - b.period || compareBigIds(a.id, b.id));
  const placements: TPlacement[] = [];
  const changes: TAssignment["changes"] = [];
  const homework: TAssignment["homework"] = [];
  let next = 0;
  for (const l of open) {
    if (opts.keepExisting && l.topic) {
      placements.push({ lessonId: l.id, date: l.date, before: l.topic, topic: l.topic, status: "kept" });
      continue;
    }
    const entry = entries[next];
    if (!entry) {
      placements.push({ lessonId: l.id, date: l.date, before: l.topic, topic: l.topic, status: l.topic ? "kept" : "empty" });
      continue;
    }
    next++;
    if (entry.homework) homework.push({ lessonId: l.id, text: entry.homework });
    if (entry.topic === l.topic) placements.push({ lessonId: l.id, date: l.date, before: l.topic, topic: l.topic, status: "same" });
    else {
      placements.push({ lessonId: l.id, date: l.date, before: l.topic, topic: entry.topic, status: "set" });
      changes.push({ lessonId: l.id, before: l.topic, after: entry.topic });
    }
  }
  return { placements, leftOver: entries.slice(next).map((e) => e.topic), changes, homework };
}

/**
 * After a lesson was cancelled or moved: its topic goes to the next open lesson, that one's to the
 * next, and so on, so no topic of the plan is lost; the lesson itself is left without one. The
 * topic pushed past the last lesson is returned as left over.
 */
export function shiftTopics(
  lessons: readonly TPlanLesson[],
  fromLessonId: TBigId,
): { changes: { lessonId: TBigId; before: string | null; after: string | null }[]; leftOver: string | null } {
  const ordered = [...lessons].sort((a, b) => a.date.localeCompare(b.date) || a.period - b.period || compareBigIds(a.id, b.id));
  const from = ordered.findIndex((l) => l.id === fromLessonId);
  if (from === -1 || !ordered[from].topic) return { changes: [], leftOver: null };
  const changes: { lessonId: TBigId; before: string | null; after: string | null }[] = [{ lessonId: fromLessonId, before: ordered[from].topic, after: null }];
  let carry: string | null = ordered[from].topic;
  for (const l of ordered.slice(from + 1)) {
    if (l.isCancelled || carry === null) continue;
    if (carry !== l.topic) changes.push({ lessonId: l.id, before: l.topic, after: carry });
    carry = l.topic;
  }
  return { changes, leftOver: carry };
}
