// The frame of every report page: a way back, the title and what it covers, the period switcher,
// the .xlsx download and printing. Everything but the title and the report itself stays off paper.

import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getT } from "@/lib/i18n/server";
import { pupilNotes } from "@/lib/reports/format";
import { PrintButton } from "./print-button";

export type TPeriodLink = { href: string; label: string; isCurrent: boolean };

export async function ReportFrame({
  title,
  details,
  periodLabel,
  periods,
  downloadHref,
  children,
}: {
  title: string;
  details: string[];
  periodLabel: string;
  periods: TPeriodLink[];
  downloadHref: string | null;
  children: ReactNode;
}) {
  const { t } = await getT("reports");
  return (
    <div className="space-y-4 print:space-y-2">
      <Link href="/reports" className="text-sm text-brand-700 hover:underline print:hidden">
        ← {t("nav.back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold print:text-lg">{title}</h1>
        {details.map((line) => (
          <p key={line} className="text-sm text-slate-600 print:text-xs">
            {line}
          </p>
        ))}
      </header>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        {periods.length > 0 && (
          <nav aria-label={periodLabel}>
            <ul className="flex flex-wrap gap-1">
              {periods.map((p) => (
                <li key={p.href}>
                  <Link
                    href={p.href}
                    aria-current={p.isCurrent ? "page" : undefined}
                    className={buttonClass(p.isCurrent ? "primary" : "ghost", "min-h-9 px-3 py-1")}
                  >
                    {p.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="flex flex-wrap gap-2">
          {downloadHref && (
            <a href={downloadHref} download className={buttonClass("secondary")} data-testid="download-xlsx">
              {t("nav.download")}
            </a>
          )}
          <PrintButton />
        </div>
      </div>
      {children}
    </div>
  );
}

/**
 * A table that scrolls sideways on a phone and prints whole, never cut. Positioned, so that the
 * screen-reader-only text inside (absolutely positioned) is clipped with the table instead of
 * widening the page.
 */
export function TableScroll({ children, label, testId }: { children: ReactNode; label: string; testId?: string }) {
  return (
    <ScrollRegion
      label={label}
      testId={testId}
      className="relative rounded-xl border border-slate-200 bg-white shadow-sm print:overflow-visible print:rounded-none print:border-0 print:shadow-none"
    >
      {children}
    </ScrollRegion>
  );
}

export const TABLE = "min-w-full border-collapse text-sm print:text-[9px] print:leading-tight";
export const TH = "border border-slate-200 bg-slate-50 px-2 py-1 text-center font-medium text-slate-700 print:px-0.5";
export const TD = "border border-slate-200 px-2 py-1 text-center tabular-nums print:px-0.5 print:py-0";
export const TD_LEFT = "border border-slate-200 px-2 py-1 text-left print:px-1 print:py-0";

/** The "№" and "pupil" column titles that open every per-pupil table. */
export async function PupilHeaderCells({ rowSpan }: { rowSpan?: number }) {
  const { t } = await getT("reports");
  return (
    <>
      <th scope="col" rowSpan={rowSpan} className={`${TH} w-8`}>
        {t("termSheet.number")}
      </th>
      <th scope="col" rowSpan={rowSpan} className={`${TH} text-left`}>
        {t("termSheet.pupil")}
      </th>
    </>
  );
}

/** A pupil's name, and when they joined or left the class within the period. */
export async function PupilName({ pupil }: { pupil: { lastName: string; firstName: string; joinedOn: string | null; leftOn: string | null } }) {
  const { t } = await getT("reports");
  const notes = pupilNotes(t, pupil);
  return (
    <>
      <span className="whitespace-nowrap print:whitespace-normal">
        {pupil.lastName} {pupil.firstName}
      </span>
      {notes.length > 0 && <span className="ml-1 text-xs text-slate-500">({notes.join(", ")})</span>}
    </>
  );
}
