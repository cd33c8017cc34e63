"use client";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { saveWorkKindAction } from "@/lib/school/grading-actions";
import type { TGradingSetup } from "@/lib/school/grading-queries";
import { CheckboxField } from "../../../../components/ui/fields";
import { SaveRow, SortOrderField } from "../_components/list-item-form";

/** A kind of work with the weight its marks carry in the average. */
export function WorkKindForm({ kind }: { kind?: TGradingSetup["workKinds"][number] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(saveWorkKindAction);
  return (
    <form
      noValidate
      className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={form.handleSubmit((v) => ({ ...v, workKindId: kind?.id ?? null }), { reset: !kind })}
    >
      <TextField name="nameRu" label={t("grading.nameRu")} defaultValue={kind?.nameRu} error={form.error("nameRu")} />
      <TextField name="nameTt" label={t("grading.nameTt")} defaultValue={kind?.nameTt} error={form.error("nameTt")} />
      <TextField
        name="weight"
        type="number"
        step="0.1"
        min="0.1"
        max="10"
        label={t("grading.weight")}
        defaultValue={kind?.weight ?? 1}
        error={form.error("weight")}
      />
      <TextField name="code" label={t("grading.code")} defaultValue={kind?.code} autoCapitalize="none" spellCheck={false} error={form.error("code")} />
      <SortOrderField defaultValue={kind?.sortOrder} error={form.error("sortOrder")} />
      <div className="space-y-1 sm:pt-6">
        <CheckboxField name="isDefault" label={t("grading.isDefault")} defaultChecked={kind?.isDefault ?? false} />
        {form.error("isDefault") && <p className="text-sm text-red-700">{form.error("isDefault")}</p>}
      </div>
      <div className="space-y-1 sm:pt-6">
        <CheckboxField name="isActive" label={t("subjects.isActive")} defaultChecked={kind?.isActive ?? true} />
        {form.error("isActive") && <p className="text-sm text-red-700">{form.error("isActive")}</p>}
      </div>
      <SaveRow form={form} isNew={!kind} createLabel={t("grading.addWorkKind")} />
    </form>
  );
}
