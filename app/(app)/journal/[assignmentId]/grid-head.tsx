"use client";
// The grid's header row: a button per lesson (date, weekday, a book when homework is set) that
// opens the lesson's topic and homework, then the average and term-mark columns. The row is one
// Tab stop: the arrows move between its buttons (the ARIA grid pattern's roving tabindex).
// A button is named by what it shows, then what it opens, so a voice user can say what they see.
// Only the lesson columns the grid renders are here (use-column-window.ts); the header of the
// row's Tab stop is always among them, and each header is how its column's width is measured.
import { type KeyboardEvent, memo } from "react";
import { flushSync } from "react-dom";
import { CheckIcon, HomeworkIcon } from "@/components/ui/icons";
import { formatShortDate, type TIsoDate, weekdayName } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TJournalLesson } from "@/lib/journal/types";
import { GapCell } from "./grid-cell";
import type { TColumnSlot } from "./use-column-window";

export const GridHead = memo(function GridHead(props: {
  lessons: TJournalLesson[];
  today: TIsoDate;
  focusLessonId: string | null;
  /** The lesson columns rendered, and the gaps between them. */
  slots: TColumnSlot[];
  /** Measures a rendered column's width by its header. */
  measure: (th: HTMLElement | null) => void;
  /** The lesson whose header holds the row's Tab stop, and a way to move it. */
  stop: number;
  onStop: (index: number) => void;
  /** A lesson whose topic and homework were just saved: its header says so. */
  savedLessonId: string | null;
  showFinal: boolean;
  termNumber: number;
  onOpenLesson: (lessonId: string) => void;
}) {
  const { t, lng } = useT(["journal", "common"]);
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
    // Render the column first when it is off screen, then focus its button.
    flushSync(() => props.onStop(next));
    const button = e.currentTarget.querySelector<HTMLElement>(`[data-index="${next}"] button`);
    button?.focus();
    button?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  return (
    <thead>
      <tr onKeyDown={onKeyDown} aria-rowindex={1}>
        <th scope="col" className={`${th} left-0 z-[4] min-w-44 text-left`} aria-colindex={1}>
          {t("journal:grid.pupil")}
        </th>
        {props.slots.map((slot) => {
          if (slot.kind === "gap") return <GapCell key={slot.key} width={slot.width} isHead />;
          const i = slot.index;
          const l = props.lessons[i];
          const isMarked = l.id === props.focusLessonId || l.date === props.today;
          const isSaved = l.id === props.savedLessonId;
          return (
            <th
              key={l.id}
              ref={props.measure}
              scope="col"
              className={`${th} ${isMarked ? "bg-brand-100" : ""}`}
              data-lesson={l.id}
              data-index={i}
              aria-colindex={i + 2}
            >
              <button
                type="button"
                tabIndex={i === props.stop ? 0 : -1}
                onClick={() => {
                  props.onStop(i);
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
        <th scope="col" className={`${th} min-w-14 px-1`} title={t("journal:grid.average")} aria-colindex={props.lessons.length + 2}>
          {t("journal:grid.averageShort")}
        </th>
        {props.showFinal && (
          <th
            scope="col"
            className={`${th} min-w-14 px-1`}
            title={t("journal:grid.termMark", { n: props.termNumber })}
            aria-colindex={props.lessons.length + 3}
          >
            {t("journal:grid.termMarkShort")}
          </th>
        )}
      </tr>
    </thead>
  );
});
