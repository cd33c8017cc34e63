import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { schoolsWith } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { termLabel } from "@/lib/reports/format";
import { loadSchoolSummary } from "@/lib/reports/load";
import { className, fullName } from "@/lib/school/names";
import { FiguresTable } from "../_components/figures-table";
import { ReportFrame } from "../_components/report-frame";

export const generateMetadata = pageTitle("reports", "index.title");

export default async function SchoolSummaryPage({ searchParams }: { searchParams: Promise<{ school?: string; term?: string }> }) {
  const user = await requireUser();
  const query = await searchParams;
  const r = await loadSchoolSummary(user, query.school, query.term);
  if (!r) notFound();
  const { t, lng } = await getT(["reports", "common"]);
  const { school, year, term, summary } = r;
  const schoolName = localized(school, lng);
  if (!year || !term || !summary) {
    return (
      <ReportFrame title={schoolName} details={[]} periodLabel={t("nav.term")} periods={[]} downloadHref={null}>
        <EmptyState>{t("school.noYear")}</EmptyState>
      </ReportFrame>
    );
  }
  // Class term sheets open for the school's own administration (a regional administrator sees the summary only).
  const opensClasses = schoolsWith(user.roles, "reports:read:school").includes(school.id);
  const own = query.school ? `school=${school.id}&` : "";
  const termName = termLabel(t, year.termKind, term.number);
  return (
    <ReportFrame
      title={t("school.title", { term: termName })}
      details={[schoolName, t("schoolYear", { name: year.name })]}
      periodLabel={t("nav.term")}
      periods={year.terms.map((x) => ({
        href: `/reports/school?${own}term=${x.number}`,
        label: termLabel(t, year.termKind, x.number),
        isCurrent: x.id === term.id,
      }))}
      downloadHref={`/api/reports/school?${own}term=${term.number}`}
    >
      {summary.classes.length === 0 ? (
        <EmptyState>{t("school.noClasses")}</EmptyState>
      ) : (
        <FiguresTable
          t={t}
          testId="school-summary"
          label={t("school.title", { term: termName })}
          leading={[t("school.class"), t("school.homeroom"), t("school.pupils")]}
          rows={[
            ...summary.classes.map((c) => ({
              key: c.id,
              leading: [
                <span key="name">
                  {opensClasses ? (
                    <Link href={`/reports/term-sheet/${c.id}?term=${term.number}`} className="text-brand-700 hover:underline">
                      {className(c)}
                    </Link>
                  ) : (
                    className(c)
                  )}
                  {c.isUngraded && <span className="ml-1 text-xs font-normal text-slate-500">({t("school.ungraded")})</span>}
                </span>,
                c.homeroom ? fullName(c.homeroom) : "",
                c.pupils,
              ],
              figures: c.figures,
            })),
            { key: "total", leading: [t("school.total"), "", summary.pupils], figures: summary.total, isTotal: true },
          ]}
        />
      )}
      <p className="text-xs text-slate-600">{t("legend.sou")}</p>
    </ReportFrame>
  );
}
