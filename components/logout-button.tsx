"use client";
import { signOut } from "next-auth/react";
import { useT } from "@/lib/i18n/translation.client";
import { tellServiceWorker } from "./service-worker";

export function LogoutButton() {
  const { t } = useT("auth");
  return (
    <button
      type="button"
      onClick={async () => {
        // The diary copies kept for offline reading go before the session does.
        await tellServiceWorker({ type: "signed-out" }).catch(() => {});
        await signOut({ callbackUrl: "/login" });
      }}
      className="min-h-9 rounded-md px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
