"use client";
// The sections as links; the current one is marked by aria-current, which is also what app/globals.css
// (.nav-link) draws it by.
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
            <Link href={link.href} aria-current={isActive ? "page" : undefined} className={vertical ? "nav-link nav-link-row" : "nav-link"}>
              {link.label}
              {link.badge ? <span className="nav-badge">{link.badge}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
