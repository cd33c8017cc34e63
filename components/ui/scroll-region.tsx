"use client";
// A wide table in a box that scrolls sideways: reachable by keyboard (a named region in the Tab
// order, so the arrows scroll it), and saying so when it is wider than the screen — a shadow on
// the side with more columns, and a line of text on a phone — instead of hiding columns silently.
// The scrolling box is positioned so that absolutely placed text inside it (a button's sr-only
// label) is clipped with the table, not carried past the right edge of the page.
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/translation.client";

export function ScrollRegion({ label, children, className = "", testId }: { label: string; children: ReactNode; className?: string; testId?: string }) {
  const { t } = useT("common");
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setMore({ left: el.scrollLeft > 1, right: el.scrollWidth - el.clientWidth - el.scrollLeft > 1 });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, []);
  const shade = "pointer-events-none absolute inset-y-0 w-6 from-slate-900/15 to-transparent print:hidden";
  return (
    <div className="relative max-w-full">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled */}
      <div ref={ref} role="region" aria-label={label} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`} data-testid={testId}>
        {children}
      </div>
      {more.left && <div aria-hidden="true" className={`${shade} left-0 bg-gradient-to-r`} />}
      {more.right && <div aria-hidden="true" className={`${shade} right-0 bg-gradient-to-l`} />}
      {(more.left || more.right) && (
        <p className="mt-1 text-xs text-slate-600 print:hidden" data-testid="scroll-hint">
          {t("scrollHint")}
        </p>
      )}
    </div>
  );
}
