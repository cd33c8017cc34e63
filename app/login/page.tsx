import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ServiceWorkerSignedOut } from "@/components/service-worker";
import { getCurrentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("title") };
}

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.roles));
  const { t } = await getT(["auth", "common"]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <ServiceWorkerSignedOut />
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-700">{t("common:appName")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("common:appTagline")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{t("auth:title")}</h1>
          <LoginForm />
        </div>
        <div className="mt-6 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
