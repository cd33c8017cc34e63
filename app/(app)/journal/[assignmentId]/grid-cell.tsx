"use client";
// One cell of the grid: a pupil on a lesson. It listens to its own entry of the save queue, so
// typing re-renders only the cell typed into. Shows the marks, the absence letter and whether the
// entry is being saved, saved or failed.
import { memo } from "react";
import { useT } from "@/lib/i18n/client";
import { localized } from "@/lib/i18n/settings";
import { markLabel } from "@/lib/journal/cell-input";
import { absenceLetter, useGrid } from "./grid-context";
import { useEntry } from "./stores";

export const STATUS_STYLE = {
  idle: "",
  saving: "after:bg-slate-400 after:animate-pulse",
  saved: "after:bg-emerald-500",
  failed: "bg-red-50 ring-2 ring-inset ring-red-500",
} as const;

export const GridCell = memo(function GridCell(props: {
  r: number;
  c: number;
  cellKey: string;
  isEnrolled: boolean;
  isTabStop: boolean;
  isHighlighted: boolean;
}) {
  const { cells, workKindById, absenceById, lng } = useGrid();
  const { t } = useT("journal");
  const entry = useEntry(cells, props.cellKey);
  const { marks, absenceCodeId } = entry.desired;
  const absence = absenceCodeId ? absenceById.get(absenceCodeId) : undefined;
  const base = props.isEnrolled
    ? props.isHighlighted
      ? "bg-brand-50/60"
      : "bg-white"
    : "bg-slate-100 bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,#e2e8f0_4px,#e2e8f0_5px)]";
  return (
    <td
      data-r={props.r}
      data-c={props.c}
      data-cell={props.cellKey}
      data-status={entry.status}
      tabIndex={props.isTabStop ? 0 : -1}
      aria-invalid={entry.status === "failed" ? true : undefined}
      className={`relative h-10 min-w-11 scroll-mt-16 scroll-ml-48 border border-slate-200 px-1 text-center align-middle text-base tabular-nums outline-none after:absolute after:right-0.5 after:top-0.5 after:h-1.5 after:w-1.5 after:rounded-full focus:z-[1] focus:ring-2 focus:ring-inset focus:ring-brand-600 ${base} ${STATUS_STYLE[entry.status]}`}
    >
      <span className="inline-flex items-center gap-0.5" data-marks="">
        {absence && (
          <span className="rounded bg-amber-100 px-0.5 font-semibold text-amber-900" title={localized(absence, lng)}>
            {absenceLetter(absence, lng)}
          </span>
        )}
        {marks.map((m) => {
          const kind = workKindById.get(m.workKindId);
          const isHeavy = kind && !kind.isDefault;
          return (
            <span
              key={m.key}
              title={`${kind ? localized(kind, lng) : ""}${m.comment ? ` — ${m.comment}` : ""}`}
              className={`font-semibold ${m.value === 2 ? "text-red-700" : "text-slate-900"} ${isHeavy ? "underline decoration-2 underline-offset-2" : ""} ${m.comment ? "italic" : ""}`}
            >
              {markLabel(m)}
            </span>
          );
        })}
      </span>
      {(entry.status === "saving" || entry.status === "failed") && <span className="sr-only">{t(`status.${entry.status}`)}</span>}
    </td>
  );
});
