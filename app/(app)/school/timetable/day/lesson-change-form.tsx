"use client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatMinutes } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TDayLesson } from "@/lib/timetable/admin-queries";
import { changeLessonAction } from "@/lib/timetable/publish-actions";
import { CheckboxField, FormStatus, SelectField } from "../../../../../components/ui/fields";
import { subjectLabel, teacherInitials } from "../[classId]/slot-label";

/** One lesson of the day: cancelled, or taught by a substitute, or in another room. */
export function LessonChangeForm({ lesson, teachers }: { lesson: TDayLesson; teachers: { value: number; label: string }[] }) {
  const { t, lng } = useT(["admin", "common"]);
  const form = useActionForm(changeLessonAction);
  const label = subjectLabel(lesson, lng);
  return (
    <form
      noValidate
      className="grid items-start gap-2 sm:grid-cols-[1fr_1fr_7rem_auto]"
      aria-label={t("timetable.lessonChange", { n: lesson.period, subject: label })}
      onSubmit={form.handleSubmit((v) => ({ ...v, lessonId: lesson.id }))}
    >
      <div className="text-sm">
        <p className={`font-medium ${lesson.isCancelled ? "line-through" : ""}`}>
          {t("timetable.periodN", { n: lesson.period })}
          {lesson.startMinute !== null && lesson.endMinute !== null && (
            <span className="font-normal tabular-nums text-slate-600">
              {" "}
              ({formatMinutes(lesson.startMinute)}–{formatMinutes(lesson.endMinute)})
            </span>
          )}{" "}
          · {label}
        </p>
        <p className="text-slate-600">{teacherInitials(lesson.teacher)}</p>
        <CheckboxField name="isCancelled" label={t("timetable.cancelled")} defaultChecked={lesson.isCancelled} className="mt-1" />
        {form.error("isCancelled") && <p className="text-sm text-red-700">{form.error("isCancelled")}</p>}
      </div>
      <SelectField
        name="substituteTeacherId"
        label={t("timetable.substitute")}
        placeholder={t("timetable.noSubstitute")}
        defaultValue={lesson.substituteTeacherId ?? ""}
        options={teachers}
        error={form.error("substituteTeacherId")}
      />
      <TextField name="room" label={t("timetable.room")} defaultValue={lesson.room ?? ""} error={form.error("room")} />
      <Button type="submit" variant="secondary" className="sm:mt-6" disabled={form.pending}>
        {t("common:actions.save")}
      </Button>
      <div className="sm:col-span-4">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
      </div>
    </form>
  );
}
