import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { getReportIndex } from "@/lib/reports/queries";
import { className } from "@/lib/school/names";

export const generateMetadata = pageTitle("reports", "index.title");

function LinkList({ items, empty }: { items: { href: string; label: string }[]; empty: string }) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Section({ title, hint, children, testId }: { title: string; hint: string; children: ReactNode; testId: string }) {
  return (
    <Card title={title}>
      <div className="space-y-3" data-testid={testId}>
        <p className="text-sm text-slate-600">{hint}</p>
        {children}
      </div>
    </Card>
  );
}

export default async function ReportsIndexPage() {
  const user = await requireUser();
  const index = await getReportIndex(user);
  if (!index.hasAny) notFound();
  const { t, lng } = await getT("reports");
  const hasSchoolReports = index.classes.length > 0 || index.schoolId !== null;
  const isEmpty = !hasSchoolReports && !index.hasRegion && index.assignments.length === 0;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("index.title")}</h1>
      {isEmpty && <EmptyState>{t("index.none")}</EmptyState>}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {index.schoolId !== null && (
          <Section title={t("index.school")} hint={t("index.schoolHint")} testId="report-school">
            <LinkList items={[{ href: "/reports/school", label: t("index.open") }]} empty="" />
          </Section>
        )}
        {index.hasRegion && (
          <Section title={t("index.region")} hint={t("index.regionHint")} testId="report-region">
            <LinkList items={[{ href: "/reports/region", label: t("index.open") }]} empty="" />
          </Section>
        )}
        {hasSchoolReports && (
          <Section title={t("index.termSheets")} hint={t("index.termSheetsHint")} testId="report-term-sheets">
            <LinkList items={index.classes.map((c) => ({ href: `/reports/term-sheet/${c.id}`, label: className(c) }))} empty={t("index.noClasses")} />
          </Section>
        )}
        {hasSchoolReports && (
          <Section title={t("index.attendance")} hint={t("index.attendanceHint")} testId="report-attendance">
            <LinkList items={index.classes.map((c) => ({ href: `/reports/attendance/${c.id}`, label: className(c) }))} empty={t("index.noClasses")} />
          </Section>
        )}
        {index.assignments.length > 0 && (
          <Section title={t("index.assignments")} hint={t("index.assignmentsHint")} testId="report-assignments">
            <LinkList
              items={index.assignments.map((a) => ({
                href: `/reports/assignment/${a.id}`,
                label: `${className(a.class)}${a.subgroup ? ` (${a.subgroup.name})` : ""} · ${localized(a.subject, lng)}`,
              }))}
              empty={t("index.noAssignments")}
            />
          </Section>
        )}
      </div>
    </div>
  );
}
