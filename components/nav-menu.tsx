"use client";
// The navigation on a phone: one "Menu" button in the header that opens the sections, the
// person's name and the way out, instead of rows that wrap or scroll off the screen. A native
// <details>, so it opens without script and Escape-free; it closes when a page is chosen.
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";
import { MenuIcon } from "@/components/ui/icons";

export function NavMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current && pathname) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="group relative md:hidden" data-testid="nav-menu">
      <summary className="menu-button">
        <MenuIcon className="size-4" />
        <span className="sr-only min-[400px]:not-sr-only">{label}</span>
      </summary>
      <div className="menu-panel">{children}</div>
    </details>
  );
}
