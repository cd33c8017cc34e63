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
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 group-open:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <MenuIcon className="size-4" />
        <span className="sr-only min-[400px]:not-sr-only">{label}</span>
      </summary>
      <div className="absolute right-0 top-full z-40 mt-1 w-[min(20rem,calc(100vw-2rem))] space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        {children}
      </div>
    </details>
  );
}
