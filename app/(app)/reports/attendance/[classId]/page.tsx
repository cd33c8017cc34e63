import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import type { TAttendanceTotals } from "@/lib/reports/attendance-figures";
import { monthLabel } from "@/lib/reports/format";
import { loadAttendance } from "@/lib/reports/load";
import { className } from "@/lib/school/names";
import { PupilHeaderCells, PupilName, ReportFrame, TABLE, TableScroll, TD, TD_LEFT, TH } from "../../_components/report-frame";

export const generateMetadata = pageTitle("reports", "index.title");

const MISSED = ["illness", "excused", "unexcused", "missed"] as const;
const AFTER = ["late", "wholeDays", "wholeDaysIllness"] as const;

function TotalsCells({ totals }: { totals: TAttendanceTotals }) {
  return (
    <>
      <td className={TD} data-col="lessons">
        {totals.lessons}
      </td>
      {[...MISSED, ...AFTER].map((k) => (
        <td key={k} className={`${TD} ${k === "missed" || k === "wholeDays" ? "font-semibold" : ""}`} data-col={k}>
          {totals[k]}
        </td>
      ))}
    </>
  );
}

export default async function AttendancePage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ month?: string }> }) {
  const user = await requireUser();
  const r = await loadAttendance(user, (await params).classId, (await searchParams).month);
  if (!r) notFound();
  const { t, lng } = await getT(["reports", "common"]);
  const { cls, year, month, months, attendance } = r;
  return (
    <ReportFrame
      title={t("attendance.title", { className: className(cls), month: monthLabel(month, lng) })}
      details={[localized(r.school, lng, "shortName"), t("schoolYear", { name: year.name })]}
      periodLabel={t("nav.month")}
      periods={months.map((m) => ({ href: `/reports/attendance/${cls.id}?month=${m}`, label: monthLabel(m, lng), isCurrent: m === month }))}
      downloadHref={`/api/reports/attendance/${cls.id}?month=${month}`}
    >
      {attendance.pupils.length === 0 ? (
        <EmptyState>{t("attendance.noPupils")}</EmptyState>
      ) : (
        <TableScroll testId="attendance" label={t("attendance.title", { className: className(cls), month: monthLabel(month, lng) })}>
          <table className={TABLE}>
            <thead>
              <tr>
                <PupilHeaderCells rowSpan={2} />
                <th scope="col" rowSpan={2} className={TH}>
                  {t("attendance.lessons")}
                </th>
                <th scope="colgroup" colSpan={MISSED.length} className={TH}>
                  {t("attendance.missedGroup")}
                </th>
                {AFTER.map((k) => (
                  <th key={k} scope="col" rowSpan={2} className={TH}>
                    {t(`attendance.${k}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {MISSED.map((k) => (
                  <th key={k} scope="col" className={TH}>
                    {t(`attendance.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {attendance.pupils.map((p, i) => (
                <tr key={p.id} data-testid="pupil-row">
                  <td className={TD}>{i + 1}</td>
                  <th scope="row" className={`${TD_LEFT} font-normal`}>
                    <PupilName pupil={p} />
                  </th>
                  <TotalsCells totals={p.totals} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="bg-slate-50 font-semibold" data-testid="attendance-total">
                <th scope="row" colSpan={2} className={`${TD_LEFT} font-semibold`}>
                  {t("attendance.total")}
                </th>
                <TotalsCells totals={attendance.total} />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      <p className="text-xs text-slate-600">{t("attendance.legend")}</p>
    </ReportFrame>
  );
}
