"use client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { schoolToday } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { enrolAction } from "@/lib/roster/enrolment-actions";
import { fullName, type TPersonName } from "@/lib/school/names";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";

/** Enrols a pupil who is in no class today (new in the school, or back). */
export function EnrolForm({ classId, students }: { classId: number; students: TPersonName[] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(enrolAction);
  if (students.length === 0) return <p className="text-sm text-slate-600">{t("classes.allPlaced")}</p>;
  return (
    <form noValidate className="grid items-start gap-2 sm:grid-cols-[1fr_11rem]" onSubmit={form.handleSubmit((v) => ({ ...v, classId }))}>
      <SelectField
        name="studentId"
        label={t("classes.enrolPupil")}
        placeholder="—"
        error={form.error("studentId") ?? form.error("classId")}
        options={students.map((s) => ({ value: s.id, label: fullName(s) }))}
      />
      <TextField name="startDate" type="date" label={t("people.fromDate")} defaultValue={schoolToday()} error={form.error("startDate")} />
      <div className="space-y-2 sm:col-span-2">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
        <Button type="submit" variant="secondary" disabled={form.pending}>
          {t("classes.enrol")}
        </Button>
      </div>
    </form>
  );
}
