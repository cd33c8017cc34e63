// Rows of report figures (a class per row in the school summary, a school per row in the region's,
// one row in a teacher's report), with the columns every report shares.
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import type { TReportFigures } from "@/lib/grading/report-figures";
import { FIGURE_KEYS, figureText } from "@/lib/reports/format";
import { TABLE, TableScroll, TD, TD_LEFT, TH } from "./report-frame";

export type TFigureRow = { key: string | number; leading: ReactNode[]; figures: TReportFigures | null; isTotal?: boolean };

export function FiguresTable({ t, label, leading, rows, testId }: { t: TFunction; label: string; leading: string[]; rows: TFigureRow[]; testId?: string }) {
  return (
    <TableScroll testId={testId} label={label}>
      <table className={TABLE}>
        <thead>
          <tr>
            {leading.map((h) => (
              <th key={h} scope="col" className={`${TH} text-left`}>
                {h}
              </th>
            ))}
            {FIGURE_KEYS.map((k) => (
              <th key={k} scope="col" className={TH}>
                {t(`reports:figures.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.isTotal ? "bg-slate-50 font-semibold" : undefined} data-testid={row.isTotal ? "figures-total" : undefined}>
              {row.leading.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={`${TD_LEFT} font-medium`}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={typeof cell === "number" ? TD : TD_LEFT}>
                    {cell}
                  </td>
                ),
              )}
              {FIGURE_KEYS.map((k) => (
                <td key={k} className={TD} data-figure={k}>
                  {figureText(row.figures, k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
