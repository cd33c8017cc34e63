"use client";
// The week's days and lessons, rendered from the compact week the server computed (one language,
// only what is shown): time, subject, room, topic; marks and absence; homework due.
import { Card, EmptyState } from "@/components/ui/card";
import type { TDayView, TLessonView } from "@/lib/diary/week-view";
import { useT } from "@/lib/i18n/translation.client";
import { AttachmentLinks } from "./attachment-links";
import { HomeworkDone } from "./homework-done";
import { MarkBadge } from "./mark-badge";

export function DiaryWeek({ days, canTick }: { days: TDayView[]; canTick: boolean }) {
  const { t } = useT(["diary", "common"]);
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {days.map((day) => (
        <Card
          key={day.date}
          // On a phone the day's cards stack: today (or the next school day) comes first, the days
          // already past go after it, so nobody scrolls a week down to reach today.
          className={day.isPast ? "max-md:order-last" : ""}
          title={
            <span className={day.isToday ? "text-brand-700" : ""} aria-current={day.isToday ? "date" : undefined}>
              {day.label}
              {day.isToday ? ` · ${t("common:today")}` : ""}
              {day.isShortened && (
                <span
                  className="ml-2 inline-block rounded-md bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900"
                  title={t("common:shortenedDayHint")}
                  data-testid="shortened-day-marker"
                >
                  {t("common:shortenedDay")}
                </span>
              )}
            </span>
          }
        >
          {day.lessons.length === 0 ? (
            <EmptyState>{t("diary:week.noLessons")}</EmptyState>
          ) : (
            <ol className="-my-3 divide-y divide-slate-100" data-testid="diary-day" data-date={day.date}>
              {day.lessons.map((l) => (
                <DiaryLesson key={l.id} lesson={l} canTick={canTick} />
              ))}
            </ol>
          )}
        </Card>
      ))}
    </div>
  );
}

/** One lesson of a day: also the parent's home shows today's lessons with it. */
export function DiaryLesson({ lesson, canTick }: { lesson: TLessonView; canTick: boolean }) {
  const { t } = useT(["diary", "common"]);
  return (
    <li className="py-3" data-testid="diary-lesson">
      <div className="flex items-start gap-2">
        <span className="w-12 shrink-0 pt-1 text-sm tabular-nums text-slate-600">{lesson.time ?? t("diary:week.lesson", { n: lesson.period })}</span>
        <div className="min-w-0 flex-1">
          <p className={`pt-0.5 font-medium ${lesson.cancelled ? "text-slate-500 line-through" : ""}`}>{lesson.subject}</p>
          {lesson.cancelled && <p className="text-sm text-slate-600">{t("diary:week.cancelled")}</p>}
          {lesson.topic && <p className="text-sm wrap-anywhere text-slate-600">{lesson.topic}</p>}
          {lesson.room && <p className="text-xs text-slate-500">{t("common:room", { room: lesson.room })}</p>}
        </div>
        <div className="flex shrink-0 flex-wrap justify-end gap-1">
          {lesson.absence && (
            <span
              className="inline-flex min-h-8 min-w-8 items-center justify-center rounded-md bg-amber-100 px-1.5 font-semibold text-amber-900"
              title={lesson.absence.name}
              data-testid="absence"
            >
              <span aria-hidden="true">{lesson.absence.letter}</span>
              <span className="sr-only">{t("diary:absence.label", { name: lesson.absence.name })}</span>
            </span>
          )}
          {lesson.marks?.map((m) => (
            <MarkBadge key={m.id} mark={m} popoverId={`mark-${lesson.id}-${m.id}`} />
          ))}
        </div>
      </div>
      {lesson.homework?.map((h) => (
        <div key={h.id} className="mt-2 ml-14 rounded-md bg-slate-50 px-2 py-1" data-testid="homework">
          <p className="text-sm wrap-anywhere text-slate-800">
            <span className="font-medium">{t("diary:week.homework")}:</span> {h.text}
          </p>
          {h.files && <AttachmentLinks attachments={h.files} />}
          <HomeworkDone homeworkId={h.id} isDone={h.isDone} canTick={canTick} />
        </div>
      ))}
    </li>
  );
}
