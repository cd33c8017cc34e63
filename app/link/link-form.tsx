"use client";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormStatus, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { linkIdentityAction } from "@/lib/identity/family-actions";

export function LinkForm({ familyName, givenName }: { familyName: string; givenName: string }) {
  const { t } = useT("auth");
  // Linked: the provider is asked once more (its own session answers at once), now for a person.
  const form = useActionForm(linkIdentityAction, { onSuccess: () => void signIn("oidc", { callbackUrl: "/" }) });
  return (
    <form onSubmit={form.handleSubmit()} className="space-y-4" noValidate>
      <TextField
        name="code"
        label={t("code.label")}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={form.error("code")}
      />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm text-slate-600">{t("link.parentName")}</legend>
        <TextField name="lastName" label={t("signUp.lastName")} defaultValue={familyName} autoComplete="family-name" error={form.error("lastName")} />
        <TextField name="firstName" label={t("signUp.firstName")} defaultValue={givenName} autoComplete="given-name" error={form.error("firstName")} />
      </fieldset>
      <FormStatus error={form.formError} />
      <Button type="submit" className="w-full" disabled={form.pending || form.isSaved}>
        {t("link.submit")}
      </Button>
    </form>
  );
}
