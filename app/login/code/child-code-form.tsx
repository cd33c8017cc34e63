"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useT } from "@/lib/i18n/translation.client";

export function ChildCodeForm() {
  const { t } = useT("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The QR code carries the code in the fragment, which no server sees: fill it in, then forget it.
  useEffect(() => {
    const fromQr = window.location.hash.slice(1);
    const input = document.querySelector<HTMLInputElement>("input[name=code]");
    if (fromQr && input) {
      input.value = fromQr;
      history.replaceState(null, "", window.location.pathname);
    }
  }, []);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setError(null);
    startTransition(async () => {
      const result = await signIn("child-code", { code, redirect: false });
      if (!result || result.error) {
        const [reason, seconds] = (result?.error ?? "invalid").split(":");
        setError(reason === "rate_limited" ? t("rateLimited", { count: Number(seconds) || 60 }) : t("childCode.invalid"));
        return;
      }
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField name="code" label={t("code.label")} autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} required />
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
