"use client";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/app/(app)/school/_components/fields";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/lib/admin/use-action-form";
import { useT } from "@/lib/i18n/client";
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
