"use client";
// The term (or year) mark of a pupil: the mark the teacher set, or — greyed — the mark the
// thresholds suggest; a mark that differs from the suggestion is shown as an override.
import { memo, useCallback, useSyncExternalStore } from "react";
import { formatAverage, suggestMark } from "@/lib/grading/term-mark";
import { useT } from "@/lib/i18n/translation.client";
import { cellKey } from "@/lib/journal/cell-state.client";
import { rowAverage } from "@/lib/journal/grid-model.client";
import type { TSyncEntry } from "@/lib/journal/sync-store.client";
import { useGrid } from "./grid-context";
import { type TFinalValue, useEntry } from "./stores";

export function useRowAverage(studentId: number, lessonIds: readonly string[]): number | null {
  const { cells, workKindById } = useGrid();
  const subscribe = useCallback(
    (fn: () => void) => {
      const offs = lessonIds.map((id) => cells.subscribe(cellKey(id, studentId), fn));
      return () => {
        for (const off of offs) off();
      };
    },
    [cells, studentId, lessonIds],
  );
  const get = () =>
    rowAverage(
      lessonIds.map((id) => cells.get(cellKey(id, studentId)).desired),
      (w) => workKindById.get(w)?.weight ?? 0,
    );
  return useSyncExternalStore(subscribe, get, get);
}

export function FinalValueCell(props: {
  r: number;
  c: number;
  studentId: number;
  entry: TSyncEntry<TFinalValue>;
  suggestion: number | null;
  isTabStop: boolean;
  /** Freed from the subject in this term: with no mark set, the cell reads «осв.», not a suggestion. */
  isExempt?: boolean;
  /** Its column among the grid's columns, for a grid that renders only some of them. */
  colIndex?: number;
}) {
  const { t } = useT("journal");
  const v = props.entry.desired;
  const isOverride = v?.status === "GRADED" && props.suggestion !== null && v.value !== props.suggestion;
  return (
    <td
      data-r={props.r}
      data-c={props.c}
      data-final={props.studentId}
      aria-colindex={props.colIndex}
      data-status={props.entry.status}
      tabIndex={props.isTabStop ? 0 : -1}
      aria-invalid={props.entry.status === "failed" ? true : undefined}
      data-override={isOverride ? "" : undefined}
    >
      {v === null && props.isExempt ? (
        <span className="font-normal text-slate-500" title={t("final.exemptLong")} data-testid="exempt-final">
          {t("final.exempt")}
        </span>
      ) : v === null ? (
        props.suggestion !== null && (
          <span className="font-normal text-slate-600" title={t("final.suggested", { mark: props.suggestion })}>
            <span aria-hidden="true">({props.suggestion})</span>
            <span className="sr-only">{t("final.suggested", { mark: props.suggestion })}</span>
          </span>
        )
      ) : (
        <span title={isOverride ? t("final.override", { mark: props.suggestion }) : undefined}>
          {v.status === "GRADED" ? v.value : t(v.status === "EXEMPT" ? "final.exempt" : "final.notAssessed")}
          {isOverride && (
            <sup className="ml-0.5 text-xs font-medium text-amber-800" data-testid="override">
              <span aria-hidden="true">≠{props.suggestion}</span>
              <span className="sr-only">{t("final.override", { mark: props.suggestion })}</span>
            </sup>
          )}
        </span>
      )}
      {(props.entry.status === "saving" || props.entry.status === "failed") && <span className="sr-only">{t(`status.${props.entry.status}`)}</span>}
    </td>
  );
}

/** The average and term-mark cells at the end of a pupil's row in the term grid. */
export const RowSummary = memo(function RowSummary(props: {
  r: number;
  c: number;
  studentId: number;
  lessonIds: readonly string[];
  isTabStop: boolean;
  showFinal: boolean;
}) {
  const { finals, header, exempt } = useGrid();
  const average = useRowAverage(props.studentId, props.lessonIds);
  const entry = useEntry(finals, String(props.studentId));
  return (
    <>
      <td
        className="border border-slate-300 bg-slate-50 px-2 text-center tabular-nums text-slate-800"
        data-average={props.studentId}
        aria-colindex={props.c + 2}
      >
        {formatAverage(average)}
      </td>
      {props.showFinal && (
        <FinalValueCell
          r={props.r}
          c={props.c}
          studentId={props.studentId}
          entry={entry}
          suggestion={suggestMark(average, header.settings.thresholds)}
          isTabStop={props.isTabStop}
          isExempt={exempt.pupils.has(props.studentId)}
          colIndex={props.c + 3}
        />
      )}
    </>
  );
});
