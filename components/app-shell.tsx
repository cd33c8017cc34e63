// The frame of every signed-in page: school and person, navigation by permission, language, exit.
import Link from "next/link";
import type { ReactNode } from "react";
import { getSession, type TCurrentUser, type TSessionPlace } from "@/lib/auth/session";
import { can, rolesOf, type TPermission } from "@/lib/authz";
import { getDiaryUnreadTotal } from "@/lib/diary/pupil-queries";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { getMessagesUnread } from "@/lib/messages/queries";
import { chosenRole } from "@/lib/profile/role-choice";
import { getPrimaryRegion, getPrimarySchool } from "@/lib/school/queries";
import { LanguageSwitcher } from "./language-switcher";
import { LogoutButton } from "./logout-button";
import { NavLinks } from "./nav-links";
import { NavMenu } from "./nav-menu";
import { RoleSwitch } from "./role-switch";
import { OfflineNotice, ServiceWorkerLink } from "./service-worker";

const NAV: { href: string; labelKey: string; anyOf: TPermission[] }[] = [
  { href: "/lessons", labelKey: "nav.lessons", anyOf: ["journal:write"] },
  { href: "/journal", labelKey: "nav.journal", anyOf: ["journal:read"] },
  { href: "/diary", labelKey: "nav.diary", anyOf: ["diary:read:own", "diary:read:child"] },
  { href: "/school", labelKey: "nav.school", anyOf: ["school:manage"] },
  { href: "/reports", labelKey: "nav.reports", anyOf: ["reports:read:own", "reports:read:school"] },
  { href: "/region", labelKey: "nav.region", anyOf: ["region:read"] },
  { href: "/audit", labelKey: "nav.audit", anyOf: ["audit:read"] },
  { href: "/messages", labelKey: "nav.messages", anyOf: ["messages:write"] },
  { href: "/notifications", labelKey: "nav.notifications", anyOf: ["profile:update"] },
];

/** The shell's unread messages: counted with the session (no statement of its own) when it is the session's person. */
async function messagesUnreadOf(user: TCurrentUser): Promise<number> {
  const session = await getSession();
  return session?.user.id === user.id ? session.messagesUnread : getMessagesUnread(user.id);
}

/** The school or region to name: read with the session (no statement of its own) when it is the session's person. */
async function placeOf(user: TCurrentUser): Promise<TSessionPlace> {
  const session = await getSession();
  if (session?.user.id === user.id) return session.place;
  const [school, region] = await Promise.all([getPrimarySchool(user), getPrimaryRegion(user)]);
  return { school, region };
}

export async function AppShell({ user, children }: { user: TCurrentUser; children: ReactNode }) {
  const { t, lng } = await getT("common");
  const canMessage = can(user.roles, "messages:write");
  const [{ school, region }, diaryUnread, messagesUnread, role] = await Promise.all([
    placeOf(user),
    getDiaryUnreadTotal(user),
    canMessage ? messagesUnreadOf(user) : 0,
    chosenRole(user),
  ]);
  const place = school ? localized(school, lng, "shortName") : region ? localized(region, lng) : "";
  // The links of the role the person wears, not every role's mixed together; the pages behind
  // other links stay open to them (permissions are the union of their roles).
  const roles = rolesOf(user.roles);
  const worn = user.roles.filter((g) => g.role === role);
  const roleSwitch = role && roles.length > 1 ? <RoleSwitch key={role} roles={roles} current={role} /> : null;
  const links = NAV.filter((item) => item.anyOf.some((p) => can(worn, p))).map((item) => ({
    href: item.href,
    label: t(item.labelKey),
    // What's new in the diaries one reads as student or parent (the list is cached for the page).
    badge: item.href === "/diary" ? diaryUnread : item.href === "/messages" ? messagesUnread : undefined,
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
      {/* On a phone: the name of the app and school, the language, and a menu; wider, a row of sections. */}
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-x-3 px-4 py-2">
          <div className="min-w-0">
            <Link href="/" className="text-lg font-bold text-brand-700">
              {t("appName")}
            </Link>
            <p className="truncate text-xs text-slate-600" data-testid="school-name">
              {place}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-2">
            <span className="hidden text-sm text-slate-700 md:inline" data-testid="user-name">
              {user.firstName} {user.lastName}
            </span>
            {roleSwitch && <div className="hidden md:block">{roleSwitch}</div>}
            <LanguageSwitcher />
            <span className="hidden md:inline">
              <LogoutButton />
            </span>
            <NavMenu label={t("nav.menu")}>
              <p className="text-sm font-medium text-slate-800">
                {user.firstName} {user.lastName}
              </p>
              {roleSwitch}
              <nav aria-label={t("nav.label")}>
                <NavLinks links={links} vertical />
              </nav>
              <LogoutButton />
            </NavMenu>
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="mx-auto hidden max-w-7xl px-2 md:block">
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
