"use client";
// A parent with several children moves between their diaries, staying in the same section. The
// current child is drawn by its aria-current (app/globals.css, .chip).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/lib/i18n/translation.client";

export type TSwitcherChild = { id: number; name: string; className: string | null; unread: number };

export function ChildSwitcher({ current, pupils }: { current: number; pupils: TSwitcherChild[] }) {
  const { t } = useT("diary");
  const pathname = usePathname();
  const section = pathname.replace(/^\/diary\/\d+/, "");
  return (
    <nav aria-label={t("owner.switch")} data-testid="child-switcher">
      <ul className="flex flex-wrap gap-2">
        {pupils.map((p) => {
          const isCurrent = p.id === current;
          return (
            <li key={p.id}>
              <Link href={`/diary/${p.id}${section}`} aria-current={isCurrent ? "page" : undefined} className="chip">
                {p.name}
                {p.className && <span className="chip-class">{p.className}</span>}
                {p.unread > 0 && !isCurrent && (
                  <span className="count">
                    <span aria-hidden="true">{p.unread}</span>
                    <span className="sr-only">{t("children.unread", { count: p.unread })}</span>
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
