"use client";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { saveSubjectAction } from "@/lib/school/structure-actions";
import type { TAdminSubject } from "@/lib/school/structure-queries";
import { CheckboxField } from "../../../../components/ui/fields";
import { SaveRow, SortOrderField } from "../_components/list-item-form";

/** A subject's bilingual names, its short code and place in lists; new or existing. */
export function SubjectForm({ subject }: { subject?: TAdminSubject }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(saveSubjectAction);
  return (
    <form
      noValidate
      className="grid items-start gap-2 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={form.handleSubmit((v) => ({ ...v, subjectId: subject?.id ?? null }), { reset: !subject })}
    >
      <TextField name="nameRu" label={t("subjects.nameRu")} defaultValue={subject?.nameRu} error={form.error("nameRu")} />
      <TextField name="nameTt" label={t("subjects.nameTt")} defaultValue={subject?.nameTt} error={form.error("nameTt")} />
      <TextField name="shortNameRu" label={t("subjects.shortNameRu")} defaultValue={subject?.shortNameRu ?? ""} error={form.error("shortNameRu")} />
      <TextField name="shortNameTt" label={t("subjects.shortNameTt")} defaultValue={subject?.shortNameTt ?? ""} error={form.error("shortNameTt")} />
      <TextField name="code" label={t("subjects.code")} defaultValue={subject?.code} autoCapitalize="none" spellCheck={false} error={form.error("code")} />
      <SortOrderField defaultValue={subject?.sortOrder} error={form.error("sortOrder")} />
      <CheckboxField name="isActive" label={t("subjects.isActive")} defaultChecked={subject?.isActive ?? true} className="sm:pt-7" />
      <SaveRow form={form} isNew={!subject} createLabel={t("subjects.create")} />
    </form>
  );
}
