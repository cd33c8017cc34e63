import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/language-switcher";
import { LogoutButton } from "@/components/logout-button";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("changePassword.title") };
}

/** Outside the signed-in layout, so a person who must change a one-time password can reach it. */
export default async function ChangePasswordPage() {
  const user = await requireUser();
  const { t } = await getT(["auth", "common"]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-3xl font-bold tracking-tight text-brand-700">{t("common:appName")}</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-2 text-xl font-semibold">{t("auth:changePassword.title")}</h1>
          <p className="mb-4 text-sm text-slate-600">{user.mustChangePassword ? t("auth:changePassword.firstLogin") : t("auth:changePassword.intro")}</p>
          <ChangePasswordForm login={user.login} />
        </div>
        <div className="mt-6 flex justify-center gap-2">
          <LanguageSwitcher />
          <LogoutButton />
        </div>
      </div>
    </main>
  );
}
