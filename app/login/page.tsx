import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LanguageSwitcher } from "@/components/language-switcher";
import { oidcSettings } from "@/lib/auth/oidc";
import { getCurrentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";
import { ProviderButton } from "./provider-button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("title") };
}

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.roles));
  const { t, lng } = await getT(["auth", "common"]);
  const provider = oidcSettings();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-700">{t("common:appName")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("common:appTagline")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{t("auth:title")}</h1>
          {provider && (
            <>
              <ProviderButton label={t("auth:provider.signIn", { name: lng === "tt" ? provider.nameTt : provider.nameRu })} />
              <p className="my-4 text-center text-sm text-slate-500">{t("auth:provider.or")}</p>
            </>
          )}
          <LoginForm />
          <nav className="mt-4 space-y-1 text-sm">
            <Link href="/signup" className="block text-brand-700 underline">
              {t("auth:signUp.link")}
            </Link>
            <Link href="/login/code" className="block text-brand-700 underline">
              {t("auth:childCode.link")}
            </Link>
          </nav>
        </div>
        <div className="mt-6 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
