"use client";
// The sections of one pupil's diary. Links, so each section has its own address and works with
// the browser's back button; the unread count rides on "what's new".
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
      <ul className="grid grid-cols-4 sm:flex sm:gap-1">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const isActive = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key} className="min-w-0">
              <Link
                href={href}
                aria-current={isActive ? "page" : undefined}
                className={`flex min-h-11 flex-wrap items-center justify-center gap-x-1 border-b-2 px-0.5 text-center text-sm leading-tight font-medium sm:px-4 ${isActive ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                <span className="wrap-anywhere">{t(`tabs.${tab.key}`)}</span>
                {tab.key === "news" && unread > 0 && (
                  <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white" data-testid="news-count">
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
