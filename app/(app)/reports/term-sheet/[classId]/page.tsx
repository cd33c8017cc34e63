import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { cellKey, FIGURE_KEYS, figureText, termLabel } from "@/lib/reports/format";
import { loadTermSheet } from "@/lib/reports/load";
import { className } from "@/lib/school/names";
import { PupilHeaderCells, PupilName, ReportFrame, TABLE, TableScroll, TD, TD_LEFT, TH } from "../../_components/report-frame";
import { TermCellView, TermLegend } from "../../_components/term-cell";

export const generateMetadata = pageTitle("reports", "index.title");

export default async function TermSheetPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ term?: string }> }) {
  const user = await requireUser();
  const r = await loadTermSheet(user, (await params).classId, (await searchParams).term);
  if (!r) notFound();
  const { t, lng } = await getT(["reports", "common"]);
  const { cls, year, term, sheet } = r;
  const name = className(cls);
  const termName = termLabel(t, year.termKind, term.number);
  const subjectName = (s: (typeof sheet.subjects)[number]) => (lng === "tt" ? s.shortNameTt || s.nameTt : s.shortNameRu || s.nameRu);
  return (
    <ReportFrame
      title={t("termSheet.title", { className: name, term: termName })}
      details={[localized(r.school, lng, "shortName"), t("schoolYear", { name: year.name })]}
      periodLabel={t("nav.term")}
      periods={year.terms.map((x) => ({
        href: `/reports/term-sheet/${cls.id}?term=${x.number}`,
        label: termLabel(t, year.termKind, x.number),
        isCurrent: x.id === term.id,
      }))}
      downloadHref={`/api/reports/term-sheet/${cls.id}?term=${term.number}`}
    >
      {sheet.pupils.length === 0 ? (
        <EmptyState>{t("termSheet.noPupils")}</EmptyState>
      ) : sheet.subjects.length === 0 ? (
        <EmptyState>{t("termSheet.noSubjects")}</EmptyState>
      ) : (
        <TableScroll testId="term-sheet" label={t("termSheet.title", { className: name, term: termName })}>
          <table className={TABLE}>
            <thead>
              <tr>
                <PupilHeaderCells />
                {sheet.subjects.map((s) => (
                  <th key={s.id} scope="col" className={`${TH} h-36 align-bottom print:h-28`} title={localized(s, lng)}>
                    <span className="inline-block rotate-180 whitespace-nowrap [writing-mode:vertical-rl]">{subjectName(s)}</span>
                  </th>
                ))}
                <th scope="col" className={`${TH} h-36 align-bottom print:h-28`}>
                  <span className="inline-block rotate-180 whitespace-nowrap [writing-mode:vertical-rl]">{t("termSheet.classColumn")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sheet.pupils.map((p, i) => (
                <tr key={p.id} className={p.leftOn ? "text-slate-500" : undefined} data-testid="pupil-row">
                  <td className={TD}>{i + 1}</td>
                  <th scope="row" className={`${TD_LEFT} min-w-40 font-normal print:min-w-0`}>
                    <PupilName pupil={p} />
                  </th>
                  {sheet.subjects.map((s) => (
                    <td key={s.id} className={TD}>
                      <TermCellView t={t} cell={sheet.cells.get(cellKey(p.id, s.id)) ?? { kind: "none" }} />
                    </td>
                  ))}
                  <td className={`${TD} bg-slate-50`} />
                </tr>
              ))}
            </tbody>
            <tfoot data-testid="term-sheet-figures">
              {FIGURE_KEYS.map((k) => (
                <tr key={k} className="bg-slate-50" data-figure-row={k}>
                  <th scope="row" colSpan={2} className={`${TD_LEFT} font-medium`}>
                    {t(`figures.${k}`)}
                  </th>
                  {sheet.subjects.map((s) => (
                    <td key={s.id} className={TD}>
                      {figureText(sheet.bySubject.get(s.id) ?? null, k)}
                    </td>
                  ))}
                  <td className={`${TD} font-semibold`} data-testid={`class-${k}`}>
                    {figureText(sheet.total, k)}
                  </td>
                </tr>
              ))}
            </tfoot>
          </table>
        </TableScroll>
      )}
      <TermLegend t={t} />
    </ReportFrame>
  );
}
