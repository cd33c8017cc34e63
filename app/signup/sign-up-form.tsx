"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormStatus, TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { signUpParentAction } from "@/lib/identity/family-actions";

export function SignUpForm() {
  const { t } = useT("auth");
  const router = useRouter();
  const form = useActionForm(signUpParentAction);
  return (
    <form
      onSubmit={form.handleSubmit(undefined, {
        onDone: async ({ login }) => {
          const password = (document.querySelector<HTMLInputElement>("input[name=password]")?.value ?? "").toString();
          const result = await signIn("credentials", { login, password, redirect: false });
          router.replace(result?.error ? "/login" : "/diary");
          router.refresh();
        },
      })}
      className="space-y-4"
      noValidate
    >
      <TextField name="code" label={t("code.parentLabel")} autoCapitalize="characters" spellCheck={false} required error={form.error("code")} />
      <TextField name="lastName" label={t("signUp.lastName")} autoComplete="family-name" required error={form.error("lastName")} />
      <TextField name="firstName" label={t("signUp.firstName")} autoComplete="given-name" required error={form.error("firstName")} />
      <TextField name="login" label={t("login")} autoComplete="username" autoCapitalize="none" spellCheck={false} required error={form.error("login")} />
      <TextField name="password" type="password" label={t("password")} autoComplete="new-password" required error={form.error("password")} />
      <TextField
        name="repeatPassword"
        type="password"
        label={t("changePassword.repeat")}
        autoComplete="new-password"
        required
        error={form.error("repeatPassword")}
      />
      <FormStatus error={form.formError} />
      <Button type="submit" className="w-full" disabled={form.pending}>
        {t("signUp.submit")}
      </Button>
    </form>
  );
}
