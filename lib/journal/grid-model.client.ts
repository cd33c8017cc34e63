// The journal grid's geometry and per-row figures. Pure.
import { type TWeightedMark, weightedAverage } from "@/lib/grading/term-mark";
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TCellState } from "./cell-state.client";

export type TGridPos = { r: number; c: number };

/** Was the pupil in the class (and subgroup) on that day? */
export function isEnrolledOn(spans: readonly { from: TIsoDate; to: TIsoDate | null }[], date: TIsoDate): boolean {
  return spans.some((s) => s.from <= date && (s.to === null || s.to >= date));
}

/**
 * Where a navigation key takes the focus in a grid of `rows` × `cols`: arrows move one cell and stop
 * at the edges, Home/End go to the ends of the row (with Ctrl, of the grid). Tab is "out": the grid
 * is one stop in the page's Tab order (the ARIA grid pattern), so Tab leaves it from any cell;
 * null means the key is not for moving.
 */
export function navigate(key: string, mods: { shift?: boolean; ctrl?: boolean }, pos: TGridPos, rows: number, cols: number): TGridPos | "out" | null {
  const { r, c } = pos;
  switch (key) {
    case "ArrowUp":
      return { r: Math.max(0, r - 1), c };
    case "ArrowDown":
      return { r: Math.min(rows - 1, r + 1), c };
    case "ArrowLeft":
      return { r, c: Math.max(0, c - 1) };
    case "ArrowRight":
      return { r, c: Math.min(cols - 1, c + 1) };
    case "Home":
      return mods.ctrl ? { r: 0, c: 0 } : { r, c: 0 };
    case "End":
      return mods.ctrl ? { r: rows - 1, c: cols - 1 } : { r, c: cols - 1 };
    case "Tab":
      return "out";
    default:
      return null;
  }
}

/** A pupil's weighted average over the cells of their row, pending points and empty cells left out. */
export function rowAverage(cells: readonly TCellState[], weightOf: (workKindId: number) => number): number | null {
  const marks: TWeightedMark[] = [];
  for (const cell of cells) for (const m of cell.marks) marks.push({ value: m.value, isPending: m.isPending, weight: weightOf(m.workKindId) });
  return weightedAverage(marks);
}

/** A lesson column the grid renders, or the width of the columns left out before the next one. */
export type TColumnSlot = { kind: "lesson"; index: number } | { kind: "gap"; key: string; width: number };

/**
 * The row of a grid that renders some of its columns: the rendered ones (in order, with their
 * start and end from the first column) and a gap as wide as each run of columns left out, up to
 * the total width, so every row keeps the table's full width and its columns in place.
 */
export function columnSlots(rendered: readonly { index: number; start: number; end: number }[], totalWidth: number): TColumnSlot[] {
  const slots: TColumnSlot[] = [];
  let at = 0;
  for (const item of rendered) {
    if (item.start > at) slots.push({ kind: "gap", key: `gap-${item.index}`, width: item.start - at });
    slots.push({ kind: "lesson", index: item.index });
    at = Math.max(at, item.end);
  }
  if (totalWidth > at) slots.push({ kind: "gap", key: "gap-end", width: totalWidth - at });
  return slots;
}

/** The columns to render: those in view and the ones that must stay (the Tab stops), each once, in order. */
export function withKept(inView: readonly number[], keep: readonly number[], count: number): number[] {
  const indexes = new Set(inView);
  for (const i of keep) if (Number.isInteger(i) && i >= 0 && i < count) indexes.add(i);
  return [...indexes].sort((a, b) => a - b);
}
