"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormStatus, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { addChildAction } from "@/lib/identity/family-actions";

export function AddChildForm() {
  const { t } = useT(["diary", "auth"]);
  const router = useRouter();
  const form = useActionForm(addChildAction);
  return (
    <form onSubmit={form.handleSubmit(undefined, { onDone: ({ childId }) => router.push(`/diary/${childId}`) })} className="space-y-4" noValidate>
      <TextField name="code" label={t("auth:code.parentLabel")} autoCapitalize="characters" spellCheck={false} required error={form.error("code")} />
      <FormStatus error={form.formError} />
      <Button type="submit" disabled={form.pending}>
        {t("family.addChildSubmit")}
      </Button>
    </form>
  );
}
