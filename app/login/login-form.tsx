"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { CHOSEN_LANGUAGE_KEY } from "@/components/language-switcher";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useT } from "@/lib/i18n/translation.client";

export function LoginForm() {
  const { t } = useT("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      // A language picked on this page wins over the one saved in the profile (and is saved there).
      const language = sessionStorage.getItem(CHOSEN_LANGUAGE_KEY) ?? "";
      const result = await signIn("credentials", {
        login: String(form.get("login") ?? ""),
        password: String(form.get("password") ?? ""),
        language,
        redirect: false,
      });
      if (!result || result.error) {
        const [code, seconds] = (result?.error ?? "invalid").split(":");
        setError(
          code === "rate_limited"
            ? t("rateLimited", { count: Number(seconds) || 60 })
            : code === "password_off"
              ? t("provider.passwordOff")
              : t("invalidCredentials"),
        );
        return;
      }
      sessionStorage.removeItem(CHOSEN_LANGUAGE_KEY);
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField name="login" label={t("login")} autoComplete="username" autoCapitalize="none" spellCheck={false} required />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
