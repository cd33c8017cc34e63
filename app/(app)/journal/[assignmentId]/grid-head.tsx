"use client";
// The grid's header row: a button per lesson (date, weekday, a book when homework is set) that
// opens the lesson's topic and homework, then the average and term-mark columns. The row is one
// Tab stop: the arrows move between its buttons (the ARIA grid pattern's roving tabindex).
// A button is named by what it shows, then what it opens, so a voice user can say what they see.
import { type KeyboardEvent, memo, useState } from "react";
import { CheckIcon, HomeworkIcon } from "@/components/ui/icons";
import { formatShortDate, type TIsoDate, weekdayName } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TJournalLesson } from "@/lib/journal/types";

export const GridHead = memo(function GridHead(props: {
  lessons: TJournalLesson[];
  today: TIsoDate;
  focusLessonId: string | null;
  /** The lesson whose header the row's Tab stop starts on. */
  startIndex: number;
  /** A lesson whose topic and homework were just saved: its header says so. */
  savedLessonId: string | null;
  showFinal: boolean;
  termNumber: number;
  onOpenLesson: (lessonId: string) => void;
}) {
  const { t, lng } = useT(["journal", "common"]);
  const [stop, setStop] = useState(props.startIndex);
  const th = "sticky top-0 z-[3] border border-slate-200 bg-slate-50 px-0.5 py-1 font-medium";

  function onKeyDown(e: KeyboardEvent<HTMLTableRowElement>) {
    const from = Number((e.target as HTMLElement).closest<HTMLElement>("[data-lesson]")?.dataset.index);
    if (Number.isNaN(from)) return;
    const last = props.lessons.length - 1;
    const to = { ArrowLeft: from - 1, ArrowRight: from + 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const next = Math.max(0, Math.min(last, to));
    setStop(next);
    const button = e.currentTarget.querySelector<HTMLElement>(`[data-index="${next}"] button`);
    button?.focus();
    button?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  return (
    <thead>
      <tr onKeyDown={onKeyDown}>
        <th scope="col" className={`${th} left-0 z-[4] min-w-44 text-left`}>
          {t("journal:grid.pupil")}
        </th>
        {props.lessons.map((l, i) => {
          const isMarked = l.id === props.focusLessonId || l.date === props.today;
          const isSaved = l.id === props.savedLessonId;
          return (
            <th key={l.id} scope="col" className={`${th} ${isMarked ? "bg-brand-100" : ""}`} data-lesson={l.id} data-index={i}>
              <button
                type="button"
                tabIndex={i === stop ? 0 : -1}
                onClick={() => {
                  setStop(i);
                  props.onOpenLesson(l.id);
                }}
                title={l.topic ?? t("journal:grid.topicMissing")}
                data-saved={isSaved ? "" : undefined}
                className={`flex w-full flex-col items-center rounded px-0.5 leading-tight hover:bg-brand-50 ${l.isCancelled ? "text-slate-600 line-through" : ""}`}
              >
                <span className="tabular-nums">{formatShortDate(l.date)}</span>{" "}
                <span className="text-[11px] text-slate-700">{weekdayName(l.date, lng, true)}</span>
                <span className="sr-only">
                  {": "}
                  {[
                    t("journal:grid.openLesson"),
                    l.date === props.today ? t("common:today") : null,
                    l.hasHomework ? t("journal:grid.homework") : null,
                    isSaved ? t("journal:lesson.saved") : null,
                  ]
                    .filter(Boolean)
                    .join(". ")}
                </span>
                {(l.hasHomework || isSaved) && (
                  <span className="flex items-center gap-0.5 text-[11px] text-brand-700">
                    {l.hasHomework && <HomeworkIcon />}
                    {isSaved && <CheckIcon className="inline-block size-3 text-emerald-700" />}
                  </span>
                )}
              </button>
            </th>
          );
        })}
        <th scope="col" className={`${th} min-w-14 px-1`} title={t("journal:grid.average")}>
          {t("journal:grid.averageShort")}
        </th>
        {props.showFinal && (
          <th scope="col" className={`${th} min-w-14 px-1`} title={t("journal:grid.termMark", { n: props.termNumber })}>
            {t("journal:grid.termMarkShort")}
          </th>
        )}
      </tr>
    </thead>
  );
});
