import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { termLabel } from "@/lib/reports/format";
import { loadRegionSummary } from "@/lib/reports/load";
import { FiguresTable } from "../_components/figures-table";
import { ReportFrame } from "../_components/report-frame";

export const generateMetadata = pageTitle("reports", "index.title");

export default async function RegionSummaryPage({ searchParams }: { searchParams: Promise<{ term?: string }> }) {
  const user = await requireUser();
  const r = await loadRegionSummary(user, (await searchParams).term);
  if (!r) notFound();
  const { t, lng } = await getT(["reports", "common"]);
  const { region, terms, term, summary } = r;
  const regionName = localized(region, lng);
  if (!term || !summary) {
    return (
      <ReportFrame title={regionName} details={[]} periodLabel={t("nav.term")} periods={[]} downloadHref={null}>
        <EmptyState>{t("region.noTerms")}</EmptyState>
      </ReportFrame>
    );
  }
  const termName = termLabel(t, term.termKind, term.number);
  return (
    <ReportFrame
      title={t("region.title", { term: termName })}
      details={[regionName]}
      periodLabel={t("nav.term")}
      periods={terms.map((x) => ({ href: `/reports/region?term=${x.number}`, label: termLabel(t, x.termKind, x.number), isCurrent: x.number === term.number }))}
      downloadHref={`/api/reports/region?term=${term.number}`}
    >
      {summary.schools.length === 0 ? (
        <EmptyState>{t("region.noSchools")}</EmptyState>
      ) : (
        <FiguresTable
          t={t}
          testId="region-summary"
          label={t("region.title", { term: termName })}
          leading={[t("region.school"), t("region.municipality"), t("region.classes"), t("region.pupils")]}
          rows={[
            ...summary.schools.map((s) => ({
              key: s.id,
              leading: [
                <span key="name">
                  <Link href={`/reports/school?school=${s.id}&term=${term.number}`} className="text-brand-700 hover:underline">
                    {localized(s, lng)}
                  </Link>
                  {!s.hasTerm && <span className="ml-1 text-xs font-normal text-slate-500">({t("region.noTerm")})</span>}
                </span>,
                localized(s.municipality, lng),
                s.classes,
                s.pupils,
              ],
              figures: s.figures,
            })),
            { key: "total", leading: [t("region.total"), "", summary.classes, summary.pupils], figures: summary.total, isTotal: true },
          ]}
        />
      )}
      <p className="text-xs text-slate-600">{t("legend.sou")}</p>
    </ReportFrame>
  );
}
