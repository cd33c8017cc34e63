"use client";
// Which lesson columns the grid renders: those in view in its scrolling box and a few either side
// (TanStack Virtual, measuring each rendered column by its header), plus the columns holding the
// grid's two Tab stops, so the focused cell is never unmounted and a key can always land on the
// cell it moves to before the box has scrolled there. The columns left out are stood in for by
// empty spacer cells of their width, one per gap, so the table keeps its width and its columns
// stay where they are: the header row and every pupil's row share one layout and stay aligned.
import { defaultRangeExtractor, observeElementRect, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback } from "react";
import { columnSlots, withKept } from "@/lib/journal/grid-model.client";

export type { TColumnSlot } from "@/lib/journal/grid-model.client";

/** A lesson column before it has been seen: about a header's "02.11 пн". Measured once rendered. */
const ESTIMATED_WIDTH = 48;
/** Columns rendered beyond each side of the view: a key press or a flick never shows a blank. */
const OVERSCAN = 4;
/** The sticky pupils' column (min-w-44): it covers the left of the box, where no lesson shows. */
const NAMES_WIDTH = 176;
/**
 * The view the server renders for (and the first client render, which must match it): a laptop's
 * width less the pupils' column. Positions are counted from the first lesson column, so a scroll
 * offset of x shows the lessons from x to x + this width.
 */
const SERVER_VIEW = { width: 1024 - NAMES_WIDTH, height: 720 };

export function useColumnWindow(opts: { count: number; scrollRef: RefObject<HTMLElement | null>; keep: readonly number[] }) {
  const { count, scrollRef } = opts;
  const keepKey = opts.keep.join(",");
  const rangeExtractor = useCallback((range: Range) => withKept(defaultRangeExtractor(range), keepKey.split(",").map(Number), range.count), [keepKey]);
  const virtualizer = useVirtualizer({
    count,
    horizontal: true,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_WIDTH,
    overscan: OVERSCAN,
    rangeExtractor,
    initialRect: SERVER_VIEW,
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect({ ...rect, width: Math.max(1, rect.width - NAMES_WIDTH) })),
  });
  return { slots: columnSlots(virtualizer.getVirtualItems(), virtualizer.getTotalSize()), measure: virtualizer.measureElement };
}
