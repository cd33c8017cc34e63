import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth-card";
import { getT } from "@/lib/i18n/server";
import { ChildCodeForm } from "./child-code-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("childCode.title") };
}

// On the child's own device: the one-time code a parent's page shows (typed, or opened from its QR code).
export default async function ChildCodePage() {
  const { t } = await getT("auth");
  return (
    <AuthCard title={t("childCode.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("childCode.intro")}</p>
      <ChildCodeForm />
      <Link href="/login" className="mt-4 block text-sm text-brand-700 underline">
        {t("signUp.haveAccount")}
      </Link>
    </AuthCard>
  );
}
