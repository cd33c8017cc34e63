"use client";
// A new account's login and one-time password, shown once: only the hash is stored.
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/translation.client";

export function OneTimeCredentials({ name, login, password }: { name: string; login: string; password: string }) {
  const { t } = useT("admin");
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="credentials">
      <p className="font-medium">{name}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-600">{t("credentials.login")}</dt>
        <dd className="font-mono" data-testid="credentials-login">
          {login}
        </dd>
        <dt className="text-slate-600">{t("credentials.password")}</dt>
        <dd className="font-mono" data-testid="credentials-password">
          {password}
        </dd>
      </dl>
      <p className="text-amber-900">{t("credentials.onlyNow")}</p>
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        {t("credentials.print")}
      </Button>
    </div>
  );
}
