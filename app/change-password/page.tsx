import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/language-switcher";
import { LogoutButton } from "@/components/logout-button";
import { listActiveSessions } from "@/lib/auth/server-sessions";
import { getSession, requireUser } from "@/lib/auth/session";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-lifetime";
import { formatDate, formatMinutes } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { ChangePasswordForm } from "./change-password-form";
import { SessionsList } from "./sessions-list";

/** "5 декабря 10:15" at the school's time (Europe/Moscow, UTC+3). */
function whenSeen(date: Date, lng: "ru" | "tt"): string {
  const msk = new Date(date.getTime() + 3 * 3600_000);
  return `${formatDate(msk, lng)} ${formatMinutes(msk.getUTCHours() * 60 + msk.getUTCMinutes())}`;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("changePassword.title") };
}

/** Outside the signed-in layout, so a person who must change a one-time password can reach it. */
export default async function ChangePasswordPage() {
  const user = await requireUser();
  const session = await getSession();
  const { t, lng } = await getT(["auth", "common"]);
  const since = new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000);
  const sessions = (await listActiveSessions(user.id, session?.sessionId ?? null, since)).map((s) => ({
    id: s.id,
    device: s.device,
    isCurrent: s.isCurrent,
    lastSeen: whenSeen(s.lastSeenAt, lng),
  }));
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-3xl font-bold tracking-tight text-brand-700">{t("common:appName")}</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-2 text-xl font-semibold">{t("auth:changePassword.title")}</h1>
          <p className="mb-4 text-sm text-slate-600">{user.mustChangePassword ? t("auth:changePassword.firstLogin") : t("auth:changePassword.intro")}</p>
          <ChangePasswordForm login={user.login} />
        </div>
        {!user.mustChangePassword && <SessionsList sessions={sessions} />}
        <div className="mt-6 flex justify-center gap-2">
          <LanguageSwitcher />
          <LogoutButton label={t("auth:signOut")} />
        </div>
      </div>
    </main>
  );
}
