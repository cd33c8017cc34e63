// One lesson in a day of the week: time, subject, room, topic; marks and absence; homework due.
import type { TDiaryLesson } from "@/lib/diary/queries";
import { formatMinutes } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { AttachmentLinks } from "./attachment-links";
import { HomeworkDone } from "./homework-done";
import { MarkBadge } from "./mark-badge";

export async function LessonItem({ lesson, canTick }: { lesson: TDiaryLesson; canTick: boolean }) {
  const { t, lng } = await getT(["diary", "common"]);
  return (
    <li className="py-3" data-testid="diary-lesson">
      <div className="flex items-start gap-2">
        <span className="w-12 shrink-0 pt-1 text-sm tabular-nums text-slate-600">
          {lesson.startMinute !== null ? formatMinutes(lesson.startMinute) : t("diary:week.lesson", { n: lesson.period })}
        </span>
        <div className="min-w-0 flex-1">
          <p className={`pt-0.5 font-medium ${lesson.isCancelled ? "text-slate-500 line-through" : ""}`}>{localized(lesson.subject, lng)}</p>
          {lesson.isCancelled && <p className="text-sm text-slate-600">{t("diary:week.cancelled")}</p>}
          {lesson.topic && <p className="text-sm wrap-anywhere text-slate-600">{lesson.topic}</p>}
          {lesson.room && <p className="text-xs text-slate-500">{t("common:room", { room: lesson.room })}</p>}
        </div>
        <div className="flex shrink-0 flex-wrap justify-end gap-1">
          {lesson.absence && (
            <span
              className="inline-flex min-h-8 min-w-8 items-center justify-center rounded-md bg-amber-100 px-1.5 font-semibold text-amber-900"
              title={localized(lesson.absence, lng)}
              data-testid="absence"
            >
              <span aria-hidden="true">{localized(lesson.absence, lng, "letter")}</span>
              <span className="sr-only">{t("diary:absence.label", { name: localized(lesson.absence, lng) })}</span>
            </span>
          )}
          {lesson.marks.map((m) => (
            <MarkBadge key={m.id} mark={m} popoverId={`mark-${lesson.id}-${m.id}`} />
          ))}
        </div>
      </div>
      {lesson.homework.map((h) => (
        <div key={h.id} className="mt-2 ml-14 rounded-md bg-slate-50 px-2 py-1" data-testid="homework">
          <p className="text-sm wrap-anywhere text-slate-800">
            <span className="font-medium">{t("diary:week.homework")}:</span> {h.text}
          </p>
          <AttachmentLinks attachments={h.attachments} />
          <HomeworkDone homeworkId={h.id} isDone={h.isDone} canTick={canTick} />
        </div>
      ))}
    </li>
  );
}
