"use client";
// The sections of one pupil's diary. Links, so each section has its own address and works with
// the browser's back button; the unread count rides on "what's new". The current one is drawn by
// its aria-current (app/globals.css, .tab).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/lib/i18n/translation.client";

const TABS = [
  { key: "week", path: "" },
  { key: "homework", path: "/homework" },
  { key: "marks", path: "/marks" },
  { key: "news", path: "/news" },
] as const;

export function DiaryTabs({ studentId, unread }: { studentId: number; unread: number }) {
  const { t } = useT("diary");
  const pathname = usePathname();
  const base = `/diary/${studentId}`;
  return (
    <nav aria-label={t("tabs.label")} className="no-print border-b border-slate-200">
      <ul className="tabs">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const isActive = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key} className="min-w-0">
              <Link href={href} aria-current={isActive ? "page" : undefined} className="tab">
                <span className="wrap-anywhere">{t(`tabs.${tab.key}`)}</span>
                {tab.key === "news" && unread > 0 && (
                  <span className="count" data-testid="news-count">
                    {unread}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
