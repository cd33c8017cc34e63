"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links, vertical = false }: { links: { href: string; label: string; badge?: number }[]; vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <ul className={vertical ? "flex flex-col" : "flex flex-wrap gap-x-1"}>
      {links.map((link) => {
        const isActive = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={isActive ? "page" : undefined}
              className={`${vertical ? "flex min-h-11 items-center border-l-4" : "inline-block border-b-2"} px-3 py-2 text-sm font-medium ${isActive ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {link.label}
              {link.badge ? <span className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs text-white">{link.badge}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
