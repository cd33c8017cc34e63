"use client";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { saveAbsenceCodeAction } from "@/lib/school/grading-actions";
import type { TGradingSetup } from "@/lib/school/grading-queries";
import { CheckboxField, SelectField } from "../../../../components/ui/fields";
import { SaveRow, SortOrderField } from "../_components/list-item-form";

const KINDS = ["ILLNESS", "EXCUSED", "UNEXCUSED", "LATE"] as const;

/** An absence code: the letter typed in the journal and its name, in Russian and in Tatar. */
export function AbsenceCodeForm({ code }: { code?: TGradingSetup["absenceCodes"][number] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(saveAbsenceCodeAction);
  return (
    <form
      noValidate
      className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={form.handleSubmit((v) => ({ ...v, absenceCodeId: code?.id ?? null }), { reset: !code })}
    >
      <TextField name="letterRu" label={t("grading.letterRu")} maxLength={3} defaultValue={code?.letterRu} error={form.error("letterRu")} />
      <TextField name="letterTt" label={t("grading.letterTt")} maxLength={3} defaultValue={code?.letterTt} error={form.error("letterTt")} />
      <TextField name="nameRu" label={t("grading.nameRu")} defaultValue={code?.nameRu} error={form.error("nameRu")} />
      <TextField name="nameTt" label={t("grading.nameTt")} defaultValue={code?.nameTt} error={form.error("nameTt")} />
      <SelectField
        name="kind"
        label={t("grading.absenceKind")}
        defaultValue={code?.kind ?? "UNEXCUSED"}
        options={KINDS.map((k) => ({ value: k, label: t(`grading.absenceKinds.${k}`) }))}
      />
      <SortOrderField defaultValue={code?.sortOrder} error={form.error("sortOrder")} />
      <CheckboxField name="isActive" label={t("subjects.isActive")} defaultChecked={code?.isActive ?? true} className="sm:pt-7" />
      <SaveRow form={form} isNew={!code} createLabel={t("grading.addAbsenceCode")} />
    </form>
  );
}
