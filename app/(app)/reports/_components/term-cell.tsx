// One pupil × subject cell: the term mark, or the suggestion in italics with an asterisk (not yet
// set), "н/а", the exemption mark, or a dash. The title and the screen-reader text say which.
import type { TFunction } from "i18next";
import type { TTermCell } from "@/lib/grading/term-outcome";
import { cellTitle } from "@/lib/reports/format";

export function TermCellView({ t, cell }: { t: TFunction; cell: TTermCell }) {
  const title = cellTitle(t, cell) || undefined;
  if (cell.kind === "set") {
    return cell.outcome === "not_assessed" ? <abbr title={title}>{t("reports:cell.notAssessed")}</abbr> : <span className="font-semibold">{cell.outcome}</span>;
  }
  if (cell.kind === "suggested") {
    return (
      <span title={title} className="italic text-slate-500" data-suggested="true">
        {cell.outcome}*<span className="sr-only"> ({title})</span>
      </span>
    );
  }
  if (cell.kind === "exempt") return <abbr title={title}>{t("reports:cell.exempt")}</abbr>;
  return (
    <span title={title} className="text-slate-400">
      {t("reports:cell.none")}
    </span>
  );
}

/** What the marks, abbreviations and figures of a term report mean. */
export function TermLegend({ t }: { t: TFunction }) {
  return (
    <ul className="space-y-1 text-xs text-slate-600">
      {(["suggested", "notAssessed", "left", "sou"] as const).map((k) => (
        <li key={k}>{t(`reports:legend.${k}`)}</li>
      ))}
    </ul>
  );
}
