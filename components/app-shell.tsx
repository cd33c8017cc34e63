// The frame of every signed-in page: school and person, navigation by permission, language, exit.
import Link from "next/link";
import type { ReactNode } from "react";
import { getSession, type TCurrentUser, type TSessionPlace } from "@/lib/auth/session";
import { can, type TPermission } from "@/lib/authz";
import { getDiaryUnreadTotal } from "@/lib/diary/pupil-queries";
import { getT } from "@/lib/i18n/server";
import { getPrimaryRegion, getPrimarySchool } from "@/lib/school/queries";
import { LanguageSwitcher } from "./language-switcher";
import { LogoutButton } from "./logout-button";
import { NavLinks } from "./nav-links";
import { OfflineNotice, ServiceWorkerLink } from "./service-worker";

const NAV: { href: string; labelKey: string; anyOf: TPermission[] }[] = [
  { href: "/lessons", labelKey: "nav.lessons", anyOf: ["journal:write"] },
  { href: "/journal", labelKey: "nav.journal", anyOf: ["journal:read"] },
  { href: "/diary", labelKey: "nav.diary", anyOf: ["diary:read:own", "diary:read:child"] },
  { href: "/school", labelKey: "nav.school", anyOf: ["school:manage"] },
  { href: "/reports", labelKey: "nav.reports", anyOf: ["reports:read:own", "reports:read:school"] },
  { href: "/region", labelKey: "nav.region", anyOf: ["region:read"] },
  { href: "/notifications", labelKey: "nav.notifications", anyOf: ["profile:update"] },
];

/** The school or region to name: read with the session (no statement of its own) when it is the session's person. */
async function placeOf(user: TCurrentUser): Promise<TSessionPlace> {
  const session = await getSession();
  if (session?.user.id === user.id) return session.place;
  const [school, region] = await Promise.all([getPrimarySchool(user), getPrimaryRegion(user)]);
  return { school, region };
}

export async function AppShell({ user, children }: { user: TCurrentUser; children: ReactNode }) {
  const { t, lng } = await getT("common");
  const [{ school, region }, diaryUnread] = await Promise.all([placeOf(user), getDiaryUnreadTotal(user)]);
  const place = school ? (lng === "tt" ? school.shortNameTt : school.shortNameRu) : region ? (lng === "tt" ? region.nameTt : region.nameRu) : "";
  const links = NAV.filter((item) => item.anyOf.some((p) => can(user.roles, p))).map((item) => ({
    href: item.href,
    label: t(item.labelKey),
    // What's new in the diaries one reads as student or parent (the list is cached for the page).
    badge: item.href === "/diary" ? diaryUnread : undefined,
  }));
  return (
    <div className="flex min-h-dvh flex-col">
      {/* Whose page this is: the service worker keeps a diary copy for this person only. */}
      <meta name="belem-person" content={String(user.id)} />
      <ServiceWorkerLink personId={user.id} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
          <div className="min-w-0">
            <Link href="/" className="text-lg font-bold text-brand-700">
              {t("appName")}
            </Link>
            <p className="truncate text-xs text-slate-600" data-testid="school-name">
              {place}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-slate-700" data-testid="user-name">
              {user.firstName} {user.lastName}
            </span>
            <LanguageSwitcher />
            <LogoutButton />
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="mx-auto max-w-7xl overflow-x-auto px-2">
          <NavLinks links={links} />
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <OfflineNotice />
        {children}
      </main>
    </div>
  );
}
