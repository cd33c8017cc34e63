"use client";
// A pupil's classes over time, and the forms that move them: enrol (when in no class), transfer
// to another class from a date, leave the school on a date.
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatDate, schoolToday } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { endEnrolmentAction, enrolAction, transferAction } from "@/lib/roster/enrolment-actions";
import type { TPersonDetail } from "@/lib/roster/people-queries";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";

type TOption = { value: number; label: string };

export function Enrolments({ studentId, enrolments, classes }: { studentId: number; enrolments: TPersonDetail["enrolments"]; classes: TOption[] }) {
  const { t, lng } = useT(["admin", "common"]);
  const today = schoolToday();
  const current = enrolments.find((e) => e.startDate <= today && (!e.endDate || e.endDate >= today));
  const transfer = useActionForm(transferAction);
  const enrol = useActionForm(enrolAction);
  const move = current ? transfer : enrol;
  const leave = useActionForm(endEnrolmentAction);
  return (
    <div className="space-y-4">
      <ul className="space-y-1 text-sm" data-testid="enrolments">
        {enrolments.map((e) => (
          <li key={e.id}>
            <span className="font-medium">{e.className}</span> <span className="text-slate-600">({e.yearName})</span>:{" "}
            {formatDate(e.startDate, lng, { year: true })} – {e.endDate ? formatDate(e.endDate, lng, { year: true }) : t("people.now")}
          </li>
        ))}
        {enrolments.length === 0 && <li className="text-slate-600">{t("people.noEnrolments")}</li>}
      </ul>
      <form
        noValidate
        className="grid items-start gap-2 sm:grid-cols-[1fr_11rem]"
        onSubmit={move.handleSubmit((v) => (current ? { studentId, classId: v.classId, date: v.date } : { studentId, classId: v.classId, startDate: v.date }))}
      >
        <SelectField
          name="classId"
          label={current ? t("people.transferTo") : t("people.enrolIn")}
          placeholder="—"
          options={classes.filter((c) => c.value !== current?.classId)}
          error={move.error("classId")}
        />
        <TextField name="date" type="date" label={t("people.fromDate")} defaultValue={today} error={move.error("date") ?? move.error("startDate")} />
        <div className="space-y-2 sm:col-span-2">
          {current && <p className="text-sm text-slate-600">{t("people.transferHint")}</p>}
          <FormStatus error={move.formError} saved={move.isSaved} savedText={t("saved")} />
          <Button type="submit" variant="secondary" disabled={move.pending}>
            {current ? t("people.transfer") : t("classes.enrol")}
          </Button>
        </div>
      </form>
      {current && (
        <form
          noValidate
          className="grid items-start gap-2 border-t border-slate-100 pt-4 sm:grid-cols-[11rem_auto]"
          onSubmit={leave.handleSubmit((v) => ({ studentId, endDate: v.endDate }))}
        >
          <TextField name="endDate" type="date" label={t("people.lastDay")} defaultValue={today} error={leave.error("endDate")} />
          <Button type="submit" variant="ghost" className="self-end" disabled={leave.pending}>
            {t("people.leave")}
          </Button>
          <div className="sm:col-span-2">
            <FormStatus error={leave.formError} saved={leave.isSaved} savedText={t("saved")} />
          </div>
        </form>
      )}
    </div>
  );
}
