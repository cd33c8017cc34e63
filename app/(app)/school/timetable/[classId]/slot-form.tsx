"use client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { weekdayNameByIndex } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TClassTimetable } from "@/lib/timetable/admin-queries";
import { addSlotAction } from "@/lib/timetable/slot-actions";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";
import { subjectLabel, teacherInitials } from "./slot-label";

/** Puts a lesson of one of the class's assignments in a cell of the week. */
export function SlotForm({
  classId,
  assignments,
  periods,
  usesWeekParity,
}: {
  classId: number;
  assignments: TClassTimetable["assignments"];
  periods: number[];
  usesWeekParity: boolean;
}) {
  const { t, lng } = useT(["admin", "common"]);
  const form = useActionForm(addSlotAction);
  return (
    <form noValidate className="grid grid-cols-1 items-start gap-3 sm:grid-cols-2" onSubmit={form.handleSubmit((v) => ({ ...v, classId }))}>
      <SelectField
        name="assignmentId"
        label={t("timetable.lesson")}
        className="sm:col-span-2"
        error={form.error("assignmentId")}
        options={assignments.map((a) => ({ value: a.id, label: `${subjectLabel(a, lng)} — ${teacherInitials(a.teacher)}` }))}
      />
      <SelectField
        name="weekday"
        label={t("timetable.weekday")}
        error={form.error("weekday")}
        options={[1, 2, 3, 4, 5, 6].map((d) => ({ value: d, label: weekdayNameByIndex(d, lng) }))}
      />
      <SelectField name="period" label={t("timetable.number")} error={form.error("period")} options={periods.map((p) => ({ value: p, label: String(p) }))} />
      {usesWeekParity && (
        <SelectField
          name="parity"
          label={t("timetable.weeks")}
          error={form.error("parity")}
          options={(["ALL", "ODD", "EVEN"] as const).map((p) => ({ value: p, label: t(`timetable.parityLong.${p}`) }))}
        />
      )}
      <TextField name="room" label={t("timetable.room")} error={form.error("room")} />
      <div className="space-y-2 sm:col-span-2">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
        <Button type="submit" disabled={form.pending}>
          {t("timetable.addSlotButton")}
        </Button>
      </div>
    </form>
  );
}
