"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { createExemptionAction, endExemptionAction } from "@/lib/exemptions/actions";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { controlClass, FormStatus, SelectField } from "../../../../components/ui/fields";

type TOption = { value: string | number; label: string };

/** A new exemption: the pupil (by class), the subject, a whole term or dates, and the reason. */
export function ExemptionForm(props: { pupils: { className: string; pupils: { id: number; name: string }[] }[]; subjects: TOption[]; terms: TOption[] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(createExemptionAction);
  const [byTerm, setByTerm] = useState(props.terms.length > 0);
  const pupilId = useId();
  const pupilError = form.error("studentId");
  return (
    <form
      noValidate
      className="grid items-start gap-3 sm:grid-cols-2"
      onSubmit={form.handleSubmit((v) => (byTerm ? { ...v, startDate: "", endDate: "" } : { ...v, termId: "" }), { reset: true })}
    >
      <div>
        <label htmlFor={pupilId} className="mb-1 block text-sm font-medium text-slate-700">
          {t("exemptions.pupil")}
        </label>
        <select
          id={pupilId}
          name="studentId"
          className={controlClass}
          defaultValue=""
          aria-invalid={pupilError ? true : undefined}
          aria-describedby={pupilError ? `${pupilId}-error` : undefined}
        >
          <option value="">{t("exemptions.choosePupil")}</option>
          {props.pupils.map((c) => (
            <optgroup key={c.className} label={c.className}>
              {c.pupils.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {pupilError && (
          <p id={`${pupilId}-error`} className="mt-1 text-sm text-red-700">
            {pupilError}
          </p>
        )}
      </div>
      <SelectField
        name="subjectId"
        label={t("exemptions.subject")}
        options={props.subjects}
        placeholder={t("exemptions.chooseSubject")}
        defaultValue=""
        error={form.error("subjectId")}
      />
      <fieldset className="space-y-2 sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">{t("exemptions.period")}</legend>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="periodKind" checked={byTerm} onChange={() => setByTerm(true)} disabled={props.terms.length === 0} />
            {t("exemptions.byTerm")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="periodKind" checked={!byTerm} onChange={() => setByTerm(false)} />
            {t("exemptions.byDates")}
          </label>
        </div>
        {byTerm ? (
          <SelectField name="termId" label={t("exemptions.term")} options={props.terms} defaultValue={props.terms[0]?.value} error={form.error("termId")} />
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="startDate" type="date" label={t("exemptions.startDate")} error={form.error("startDate")} />
            <TextField name="endDate" type="date" label={t("exemptions.endDate")} error={form.error("endDate")} />
          </div>
        )}
      </fieldset>
      <TextField name="reason" label={t("exemptions.reason")} className="sm:col-span-2" maxLength={200} error={form.error("reason")} />
      <div className="space-y-2 sm:col-span-2">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
        <Button type="submit" disabled={form.pending}>
          {t("exemptions.create")}
        </Button>
      </div>
    </form>
  );
}

/** Ends an exemption on a chosen last day (today by default). */
export function EndExemptionForm({ exemptionId, defaultDate }: { exemptionId: number; defaultDate: string }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(endExemptionAction);
  return (
    <form noValidate className="flex flex-wrap items-end gap-2" onSubmit={form.handleSubmit((v) => ({ ...v, exemptionId }))}>
      <TextField name="endDate" type="date" label={t("exemptions.lastDay")} defaultValue={defaultDate} error={form.error("endDate")} />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("exemptions.end")}
      </Button>
      <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
    </form>
  );
}
