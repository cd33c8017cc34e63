import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth-card";
import { oidcSettings } from "@/lib/auth/oidc";
import { getCurrentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { LoginForm } from "./login-form";
import { ProviderButton } from "./provider-button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("title") };
}

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.roles));
  const { t, lng } = await getT("auth");
  const provider = oidcSettings();
  return (
    <AuthCard title={t("title")}>
      {provider && (
        <>
          <ProviderButton label={t("provider.signIn", { name: localized(provider, lng) || t("provider.defaultName") })} />
          <p className="my-4 text-center text-sm text-slate-500">{t("provider.or")}</p>
        </>
      )}
      <LoginForm />
      <nav className="mt-4 space-y-1 text-sm">
        <Link href="/signup" className="block text-brand-700 underline">
          {t("signUp.link")}
        </Link>
        <Link href="/login/code" className="block text-brand-700 underline">
          {t("childCode.link")}
        </Link>
      </nav>
    </AuthCard>
  );
}
