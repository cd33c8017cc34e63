"use client";
// The week's days and lessons, rendered from the compact week the server computed (one language,
// only what is shown): time, subject, room, topic; marks and absence; homework due. Its look is
// the component classes of app/globals.css (.week, .lesson …): one short class where the same
// dozen utilities used to repeat in every lesson of the week.
import { Card, EmptyState } from "@/components/ui/card";
import type { TDayView, TLessonView } from "@/lib/diary/week-view";
import { useT } from "@/lib/i18n/translation.client";
import { AttachmentLinks } from "./attachment-links";
import { HomeworkDone } from "./homework-done";
import { MarkBadge } from "./mark-badge";

export function DiaryWeek({ days, canTick }: { days: TDayView[]; canTick: boolean }) {
  const { t } = useT(["diary", "common"]);
  return (
    <div className="week">
      {days.map((day) => (
        <Card
          key={day.date}
          // On a phone the day's cards stack: today (or the next school day) comes first, the days
          // already past go after it, so nobody scrolls a week down to reach today.
          className={day.isPast ? "day-past" : ""}
          title={
            <span className={day.isToday ? "day-today" : undefined} aria-current={day.isToday ? "date" : undefined}>
              {day.label}
              {day.isToday ? ` · ${t("common:today")}` : ""}
              {day.isShortened && (
                <span className="short-day" title={t("common:shortenedDayHint")} data-testid="shortened-day-marker">
                  {t("common:shortenedDay")}
                </span>
              )}
            </span>
          }
        >
          {day.lessons.length === 0 ? (
            <EmptyState>{t("diary:week.noLessons")}</EmptyState>
          ) : (
            <ol className="lessons" data-testid="diary-day" data-date={day.date}>
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
    <li className="lesson" data-testid="diary-lesson">
      <div className="lesson-row">
        <span className="lesson-time">{lesson.time ?? t("diary:week.lesson", { n: lesson.period })}</span>
        <div className="lesson-main">
          <p className={lesson.cancelled ? "lesson-subject lesson-cancelled" : "lesson-subject"}>{lesson.subject}</p>
          {lesson.cancelled && <p className="lesson-note">{t("diary:week.cancelled")}</p>}
          {lesson.topic && <p className="lesson-note">{lesson.topic}</p>}
          {lesson.room && <p className="lesson-room">{t("common:room", { room: lesson.room })}</p>}
        </div>
        {(lesson.absence || lesson.marks) && (
          <div className="lesson-marks">
            {lesson.absence && (
              <span className="absence" title={lesson.absence.name} data-testid="absence">
                <span aria-hidden="true">{lesson.absence.letter}</span>
                <span className="sr-only">{t("diary:absence.label", { name: lesson.absence.name })}</span>
              </span>
            )}
            {lesson.marks?.map((m) => (
              <MarkBadge key={m.id} mark={m} popoverId={`mark-${lesson.id}-${m.id}`} />
            ))}
          </div>
        )}
      </div>
      {lesson.homework?.map((h) => (
        <div key={h.id} className="homework" data-testid="homework">
          <p className="homework-text">
            {/* One text node each: adjacent ones cost a "<!-- -->" between them in the HTML. */}
            <span className="font-medium">{`${t("diary:week.homework")}:`}</span>
            {` ${h.text}`}
          </p>
          {h.files && <AttachmentLinks attachments={h.files} />}
          <HomeworkDone homeworkId={h.id} isDone={h.isDone} canTick={canTick} />
        </div>
      ))}
    </li>
  );
}
