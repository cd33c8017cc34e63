"use client";
// The admin section's own tabs. The overview is active only on /school itself; a section stays
// active on its sub-pages (a class, a person).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SchoolNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print -mx-4 overflow-x-auto px-4">
      <ul className="flex gap-1 whitespace-nowrap border-b border-slate-200">
        {links.map((link) => {
          const isActive = link.href === "/school" ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={isActive ? "page" : undefined}
                className={`inline-block rounded-t-md px-3 py-2 text-sm font-medium ${isActive ? "bg-white text-brand-700 ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
