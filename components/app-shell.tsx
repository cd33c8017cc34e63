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
  const { t, lng } = await getT(["common", "auth"]);
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
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      {/* On a phone: the name of the app and school, the language, and a menu; wider, a row of sections.
          The look is app/globals.css's .shell… classes: this markup is in every page twice (HTML and RSC payload). */}
      <header className="no-print shell">
        <div className="shell-bar">
          <div className="min-w-0">
            <Link href="/" className="shell-brand">
              {t("appName")}
            </Link>
            <p className="shell-place" data-testid="school-name">
              {place}
            </p>
          </div>
          <div className="shell-tools">
            <span className="shell-user" data-testid="user-name">
              {user.firstName} {user.lastName}
            </span>
            {roleSwitch && <div className="hidden md:block">{roleSwitch}</div>}
            <LanguageSwitcher />
            <span className="hidden md:inline">
              <LogoutButton label={t("auth:signOut")} />
            </span>
            <NavMenu label={t("nav.menu")}>
              <p className="text-sm font-medium text-slate-800">
                {user.firstName} {user.lastName}
              </p>
              {roleSwitch}
              <nav aria-label={t("nav.label")}>
                <NavLinks links={links} vertical />
              </nav>
              <LogoutButton label={t("auth:signOut")} />
            </NavMenu>
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="shell-nav">
          <NavLinks links={links} />
        </nav>
      </header>
      <main id="main" className="shell-main">
        <OfflineNotice />
        {children}
      </main>
    </div>
  );
}
