"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { fullName, type TPersonName } from "@/lib/school/names";
import { saveClassAction } from "@/lib/school/structure-actions";
import { FormStatus, SelectField } from "../../../../components/ui/fields";

type TClassValues = { id: number; grade: number; letter: string; homeroomTeacherId: number | null };

/** Creates a class (then opens it) or edits one. */
export function ClassForm({ teachers, cls }: { teachers: TPersonName[]; cls?: TClassValues }) {
  const { t } = useT(["admin", "common"]);
  const router = useRouter();
  const form = useActionForm(saveClassAction, { onSuccess: (data) => !cls && router.push(`/school/classes/${data.classId}`) });
  return (
    <form noValidate className="grid items-start gap-3 sm:grid-cols-[8rem_8rem_1fr]" onSubmit={form.handleSubmit((v) => ({ ...v, classId: cls?.id ?? null }))}>
      <SelectField
        name="grade"
        label={t("classes.grade")}
        defaultValue={cls?.grade ?? 5}
        error={form.error("grade")}
        options={Array.from({ length: 11 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
      />
      <TextField
        name="letter"
        label={t("classes.letter")}
        defaultValue={cls?.letter ?? ""}
        maxLength={2}
        autoCapitalize="characters"
        error={form.error("letter")}
      />
      <SelectField
        name="homeroomTeacherId"
        label={t("classes.homeroom")}
        defaultValue={cls?.homeroomTeacherId ?? ""}
        placeholder={t("classes.noHomeroom")}
        error={form.error("homeroomTeacherId")}
        options={teachers.map((p) => ({ value: p.id, label: fullName(p) }))}
      />
      <div className="space-y-2 sm:col-span-3">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
        <Button type="submit" disabled={form.pending}>
          {cls ? t("common:actions.save") : t("classes.create")}
        </Button>
      </div>
    </form>
  );
}
