import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProviderButton } from "@/app/login/provider-button";
import { AuthCard } from "@/components/auth-card";
import { oidcSettings } from "@/lib/auth/oidc";
import { getCurrentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("signUp.title") };
}

// A parent makes their own account with the parent code the school printed for their child; a
// parent already signed in adds a child on /diary/add-child instead.
export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/diary/add-child");
  const { t, lng } = await getT("auth");
  const provider = oidcSettings();
  return (
    <AuthCard title={t("signUp.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("signUp.intro")}</p>
      {provider && (
        <div className="mb-4 space-y-2">
          <ProviderButton label={t("provider.signIn", { name: localized(provider, lng) || t("provider.defaultName") })} />
          <p className="text-sm text-slate-600">{t("signUp.withProvider")}</p>
        </div>
      )}
      <SignUpForm />
      <Link href="/login" className="mt-4 block text-sm text-brand-700 underline">
        {t("signUp.haveAccount")}
      </Link>
    </AuthCard>
  );
}
