"use client";
// One cell of the grid: a pupil on a lesson. It listens to its own entry of the save queue, so
// typing re-renders only the cell typed into. Shows the marks, the absence letter and whether the
// entry is being saved, saved or failed. Its look is in journal.css, keyed by data attributes.
// Its aria-colindex counts the pupils' column first: the grid renders only the columns in view.
import { memo, useCallback } from "react";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { markLabel } from "@/lib/journal/cell-input.client";
import type { TWorkKindOption } from "@/lib/journal/types";
import { absenceLetter, useGrid } from "./grid-context";
import { useEntry } from "./stores";

export const GridCell = memo(function GridCell(props: {
  r: number;
  c: number;
  cellKey: string;
  isEnrolled: boolean;
  isTabStop: boolean;
  isHighlighted: boolean;
}) {
  // No translation hook here: a thousand cells would each subscribe to i18next.
  const { cells, workKindById, absenceById, lng, statusText, exempt } = useGrid();
  const entry = useEntry(cells, props.cellKey);
  const { marks, absenceCodeId } = entry.desired;
  const absence = absenceCodeId ? absenceById.get(absenceCodeId) : undefined;
  return (
    <td
      data-r={props.r}
      data-c={props.c}
      aria-colindex={props.c + 2}
      data-cell={props.cellKey}
      data-status={entry.status}
      tabIndex={props.isTabStop ? 0 : -1}
      data-off={props.isEnrolled ? undefined : ""}
      data-exempt={exempt.cells.has(props.cellKey) ? "" : undefined}
      data-today={props.isEnrolled && props.isHighlighted ? "" : undefined}
      aria-invalid={entry.status === "failed" ? true : undefined}
    >
      <span data-marks="">
        {exempt.cells.has(props.cellKey) && (
          <span data-exempt-label="" title={exempt.title}>
            {exempt.text}
          </span>
        )}
        {absence && (
          <span data-absence="" title={localized(absence, lng)}>
            {absenceLetter(absence, lng)}
          </span>
        )}
        {marks.map((m) => {
          const kind = workKindById.get(m.workKindId);
          return (
            <span
              key={m.key}
              data-v={m.value ?? undefined}
              data-heavy={kind && !kind.isDefault ? "" : undefined}
              data-note={m.comment ? "" : undefined}
              title={meaningOf(m, kind, lng)}
            >
              {markLabel(m)}
            </span>
          );
        })}
      </span>
      {/* What an underline (a kind of work other than the usual) or italics (a comment) mean, in words. */}
      {marks.some((m) => m.comment || !workKindById.get(m.workKindId)?.isDefault) && (
        <span className="sr-only">
          {" ("}
          {marks.map((m) => `${markLabel(m)}: ${meaningOf(m, workKindById.get(m.workKindId), lng)}`).join("; ")})
        </span>
      )}
      {(entry.status === "saving" || entry.status === "failed") && <span className="sr-only">{statusText[entry.status]}</span>}
    </td>
  );
});

function meaningOf(m: { comment: string | null }, kind: TWorkKindOption | undefined, lng: TLanguage): string {
  return `${kind ? localized(kind, lng) : ""}${m.comment ? ` — ${m.comment}` : ""}`;
}

/**
 * Stands in for the lesson columns not rendered (off screen) in a row: as wide as they are, and
 * hidden from screen readers, which learn the grid's size from aria-colcount and each cell's place
 * from its aria-colindex. The width is set from script: the page's Content-Security-Policy refuses
 * style attributes in the server's HTML, while a style set through the DOM is allowed.
 */
export function GapCell({ width, isHead = false }: { width: number; isHead?: boolean }) {
  const sized = useCallback(
    (td: HTMLTableCellElement | null) => {
      if (!td) return;
      td.style.width = `${width}px`;
      td.style.minWidth = `${width}px`;
    },
    [width],
  );
  return <td ref={sized} aria-hidden="true" data-gap="" className={isHead ? "sticky top-0 bg-slate-50" : undefined} />;
}
