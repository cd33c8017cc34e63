"use client";
// The grid's header row: a button per lesson (date, weekday, topic and homework marks) that opens
// the lesson's topic and homework, then the average and term-mark columns.
import { memo } from "react";
import { useT } from "@/lib/i18n/client";
import { formatShortDate, type TIsoDate, weekdayName } from "@/lib/i18n/dates";
import type { TJournalLesson } from "@/lib/journal/types";

export const GridHead = memo(function GridHead(props: {
  lessons: TJournalLesson[];
  today: TIsoDate;
  focusLessonId: number | null;
  showFinal: boolean;
  termNumber: number;
  onOpenLesson: (lessonId: number) => void;
}) {
  const { t, lng } = useT(["journal", "common"]);
  const th = "sticky top-0 z-[3] border border-slate-200 bg-slate-50 px-0.5 py-1 font-medium";
  return (
    <thead>
      <tr>
        <th scope="col" className={`${th} left-0 z-[4] min-w-44 text-left`}>
          {t("journal:grid.pupil")}
        </th>
        {props.lessons.map((l) => {
          const isMarked = l.id === props.focusLessonId || l.date === props.today;
          return (
            <th key={l.id} scope="col" className={`${th} ${isMarked ? "bg-brand-100" : ""}`} data-lesson={l.id}>
              <button
                type="button"
                onClick={() => props.onOpenLesson(l.id)}
                title={l.topic ?? t("journal:grid.topicMissing")}
                aria-label={[
                  t("journal:grid.openLesson", { date: formatShortDate(l.date) }),
                  l.date === props.today ? t("common:today") : null,
                  l.hasHomework ? t("journal:grid.homework") : null,
                ]
                  .filter(Boolean)
                  .join(". ")}
                className={`flex w-full flex-col items-center rounded px-0.5 leading-tight hover:bg-brand-50 ${l.isCancelled ? "text-slate-400 line-through" : ""}`}
              >
                <span className="tabular-nums">{formatShortDate(l.date)}</span>
                <span className="text-[11px] text-slate-500">{weekdayName(l.date, lng, true)}</span>
                {l.hasHomework && (
                  <span className="text-[11px] text-brand-700" aria-hidden="true">
                    {t("journal:grid.homeworkShort")}
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
