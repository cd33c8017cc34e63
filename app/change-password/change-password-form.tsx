"use client";
// After the change every session of the person has ended, this one too: the form signs them in
// again with the new password and goes to their home.
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { changePasswordAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { formValues, useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";

export function ChangePasswordForm({ login }: { login: string }) {
  const { t } = useT(["auth", "common"]);
  const router = useRouter();
  const form = useActionForm(changePasswordAction);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const values = formValues(e.currentTarget) as Record<string, string>;
        const data = await form.run({
          currentPassword: values.currentPassword ?? "",
          newPassword: values.newPassword ?? "",
          repeatPassword: values.repeatPassword ?? "",
        });
        if (!data) return;
        const result = await signIn("credentials", { login: data.login, password: values.newPassword, redirect: false });
        router.replace(result && !result.error ? "/" : "/login");
        router.refresh();
      }}
    >
      <input type="text" name="username" autoComplete="username" defaultValue={login} hidden readOnly />
      <TextField
        name="currentPassword"
        type="password"
        label={t("changePassword.current")}
        autoComplete="current-password"
        error={form.error("currentPassword")}
      />
      <div>
        <TextField name="newPassword" type="password" label={t("changePassword.new")} autoComplete="new-password" error={form.error("newPassword")} />
        <p className="mt-1 text-xs text-slate-600">{t("changePassword.policy", { count: PASSWORD_MIN_LENGTH })}</p>
      </div>
      <TextField name="repeatPassword" type="password" label={t("changePassword.repeat")} autoComplete="new-password" error={form.error("repeatPassword")} />
      {form.formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {form.formError}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={form.pending}>
        {form.pending ? t("changePassword.saving") : t("changePassword.submit")}
      </Button>
    </form>
  );
}
