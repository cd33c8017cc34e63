import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";
import { getT } from "@/lib/i18n/server";
import { requireSchoolAdmin } from "@/lib/school/access";
import { SchoolNav } from "./_components/school-nav";

const SECTIONS = ["year", "classes", "subjects", "people", "import", "timetable", "grading", "exemptions", "announcements"] as const;

export default async function SchoolLayout({ children }: { children: ReactNode }) {
  await requireSchoolAdmin();
  const { t } = await getT("admin");
  const links = [{ href: "/school", label: t("nav.overview") }, ...SECTIONS.map((s) => ({ href: `/school/${s}`, label: t(`nav.${s}`) }))];
  return (
    <div className="space-y-4">
      <SchoolNav label={t("nav.label")} links={links} />
      <WithNamespaces ns={["admin"]}>{children}</WithNamespaces>
    </div>
  );
}
