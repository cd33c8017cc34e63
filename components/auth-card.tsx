// The frame of the pages a person sees before they are signed in: the app's name, one card, the
// language switcher.
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ServiceWorkerSignedOut } from "@/components/service-worker";
import { getT } from "@/lib/i18n/server";

export async function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = await getT("common");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      {/* No one is signed in on this browser here: the offline diary copies go. */}
      <ServiceWorkerSignedOut />
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-700">{t("appName")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("appTagline")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{title}</h1>
          {children}
        </div>
        <div className="mt-6 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
