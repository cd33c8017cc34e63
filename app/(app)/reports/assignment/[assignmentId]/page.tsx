import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { cellTitle, formatMean, pupilNotes, termLabel } from "@/lib/reports/format";
import { loadAssignmentReport } from "@/lib/reports/load";
import { className, fullName } from "@/lib/school/names";
import { FiguresTable } from "../../_components/figures-table";
import { PupilHeaderCells, ReportFrame, TABLE, TableScroll, TD, TD_LEFT, TH } from "../../_components/report-frame";
import { TermCellView, TermLegend } from "../../_components/term-cell";

export const generateMetadata = pageTitle("reports", "index.title");

export default async function AssignmentReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ term?: string }>;
}) {
  const user = await requireUser();
  const r = await loadAssignmentReport(user, (await params).assignmentId, (await searchParams).term);
  if (!r) notFound();
  const { t, lng } = await getT(["reports", "common"]);
  const { assignment: a, year, term, report } = r;
  const termName = termLabel(t, year.termKind, term.number);
  const subject = localized(a.subject, lng);
  const groupName = a.subgroup ? ` (${a.subgroup.name})` : "";
  return (
    <ReportFrame
      title={t("assignment.title", { subject, className: `${className(a.class)}${groupName}`, term: termName })}
      details={[localized(r.school, lng, "shortName"), t("teacher", { name: fullName(a.teacher) }), t("schoolYear", { name: year.name })]}
      periodLabel={t("nav.term")}
      periods={year.terms.map((x) => ({
        href: `/reports/assignment/${a.id}?term=${x.number}`,
        label: termLabel(t, year.termKind, x.number),
        isCurrent: x.id === term.id,
      }))}
      downloadHref={`/api/reports/assignment/${a.id}?term=${term.number}`}
    >
      <FiguresTable
        t={t}
        label={subject}
        leading={[t("figures.subject")]}
        rows={[{ key: a.id, leading: [subject], figures: report.figures }]}
        testId="assignment-figures"
      />
      {report.pupils.length === 0 ? (
        <EmptyState>{t("assignment.noPupils")}</EmptyState>
      ) : (
        <TableScroll testId="assignment-pupils" label={t("assignment.title", { subject, className: `${className(a.class)}${groupName}`, term: termName })}>
          <table className={TABLE}>
            <thead>
              <tr>
                <PupilHeaderCells />
                <th scope="col" className={TH}>
                  {t("assignment.average")}
                </th>
                <th scope="col" className={TH}>
                  {t("assignment.mark")}
                </th>
                <th scope="col" className={`${TH} text-left`}>
                  {t("assignment.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.pupils.map((p, i) => {
                const average = p.cell.kind === "none" ? null : p.cell.average;
                const notes = [cellTitle(t, p.cell), ...pupilNotes(t, p)].filter(Boolean);
                return (
                  <tr key={p.id} className={p.leftOn ? "text-slate-500" : undefined}>
                    <td className={TD}>{i + 1}</td>
                    <th scope="row" className={`${TD_LEFT} font-normal`}>
                      {p.lastName} {p.firstName}
                    </th>
                    <td className={TD}>{formatMean(average)}</td>
                    <td className={TD}>
                      <TermCellView t={t} cell={p.cell} />
                    </td>
                    <td className={`${TD_LEFT} text-xs text-slate-600`}>{notes.join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <TermLegend t={t} />
    </ReportFrame>
  );
}
