"use client";
// The grid's keyboard, as the ARIA grid pattern has it: the grid is one stop in the page's Tab
// order (the cell last visited holds tabindex 0, the others -1), the arrows, Home and End move
// inside it, Tab leaves it. On a cell, 2–5 set a mark (a second digit adds one), a letter sets an
// absence, Delete clears, Enter opens the cell. One handler on the table serves every cell.
// The grid renders only the columns in view: the Tab stop is the grid's state (`active`), its
// column is always rendered, and a move renders the target cell before focusing it. What is typed
// goes to the grid's save queue at once, so a cell that scrolls away and unmounts loses nothing.
import type { TFunction } from "i18next";
import { type FocusEvent, type KeyboardEvent, type RefObject, useRef } from "react";
import { flushSync } from "react-dom";
import { applyTokens, parseCellText, type TTypingContext } from "@/lib/journal/cell-input.client";
import { cellKey, EMPTY_CELL, keepIds, type TCellState } from "@/lib/journal/cell-state.client";
import { newClientKey } from "@/lib/journal/client-key.client";
import { navigate, type TGridPos } from "@/lib/journal/grid-model.client";
import type { TJournalLesson, TJournalPupil } from "@/lib/journal/types";
import type { TGridContext } from "./grid-context";

export type TOpen = { kind: "cell"; r: number; c: number } | { kind: "final"; r: number } | { kind: "lesson"; lessonId: string } | null;

export function useGridKeyboard(opts: {
  tableRef: RefObject<HTMLTableElement | null>;
  /** Where Escape sends the focus: out of the grid, to the keys' help. */
  escapeRef: RefObject<HTMLElement | null>;
  ctx: TGridContext;
  pupils: TJournalPupil[];
  lessons: TJournalLesson[];
  cols: number;
  typing: TTypingContext;
  isOpen: boolean;
  /** The cell holding the grid's Tab stop: set it, and the grid renders that cell. */
  active: TGridPos;
  setActive: (pos: TGridPos) => void;
  readOnlyReason: (lesson: TJournalLesson, pupilIndex: number) => string | null;
  finalReadOnly: string | null;
  setOpen: (open: TOpen) => void;
  setNotice: (text: string) => void;
  t: TFunction;
}) {
  const { tableRef, ctx, pupils, lessons, cols, typing, t, setNotice } = opts;
  /** What has been typed into the focused cell since arriving, and the cell as it was then. */
  const session = useRef<{ key: string; base: TCellState; text: string; newKeys: string[] } | null>(null);

  function focusCell(r: number, c: number) {
    // Rendered now, even when its column is off screen; then focused and scrolled into view.
    flushSync(() => opts.setActive({ r, c }));
    const next = tableRef.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (!next) return;
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-c]");
    if (!cell || opts.isOpen) return;
    const r = Number(cell.dataset.r);
    const c = Number(cell.dataset.c);
    const move = navigate(e.key, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey }, { r, c }, pupils.length, cols);
    // Tab goes on to the browser: the next stop after the grid (Shift+Tab: the header row).
    if (move === "out") return;
    if (move) {
      e.preventDefault();
      focusCell(move.r, move.c);
      return;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      opts.escapeRef.current?.focus();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const pupil = pupils[r];
    if (c === lessons.length) return onFinalKey(e, r, pupil.id);
    const lesson = lessons[c];
    const key = cellKey(lesson.id, pupil.id);
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      opts.setOpen({ kind: "cell", r, c });
      return;
    }
    const isClear = e.key === "Delete" || e.key === "Backspace";
    if (!isClear && e.key.length !== 1) return;
    e.preventDefault();
    const reason = opts.readOnlyReason(lesson, r);
    if (reason) return setNotice(t(`journal:${reason}`));
    if (isClear) {
      session.current = { key, base: EMPTY_CELL, text: "", newKeys: [] };
      ctx.cells.edit(key, () => EMPTY_CELL);
      return setNotice("");
    }
    if (session.current?.key !== key) session.current = { key, base: ctx.cells.get(key).desired, text: "", newKeys: [] };
    const text = session.current.text + e.key;
    const parsed = parseCellText(text, typing);
    if ("error" in parsed) return setNotice(t(`journal:typing.${parsed.error}`, { key: e.key }));
    if (parsed.tokens.length === 0) return;
    session.current.text = text;
    const { base, newKeys } = session.current;
    // The same session gives its new marks the same keys on every keystroke: the n-th new mark keeps
    // the UUID made when it was first typed, and a save retried sends that UUID again.
    let n = 0;
    const newKey = () => {
      newKeys[n] ??= newClientKey();
      return newKeys[n++];
    };
    ctx.cells.edit(key, (current) => keepIds(applyTokens(base, parsed.tokens, typing, newKey), current));
    setNotice("");
  }

  function onFinalKey(e: KeyboardEvent, r: number, studentId: number) {
    const isClear = e.key === "Delete" || e.key === "Backspace";
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      return opts.setOpen({ kind: "final", r });
    }
    if (!isClear && !/^[0-9]$/.test(e.key)) return;
    e.preventDefault();
    if (opts.finalReadOnly) return setNotice(t(`journal:${opts.finalReadOnly}`));
    if (isClear) return ctx.finals.edit(String(studentId), () => null);
    const value = Number(e.key);
    if (!ctx.header.settings.allowedValues.includes(value)) return setNotice(t("journal:typing.value_not_allowed", { key: e.key }));
    ctx.finals.edit(String(studentId), () => ({ status: "GRADED", value, suggested: null, isOverride: false }));
    setNotice("");
  }

  /** A cell reached by a click or by Tab becomes the grid's Tab stop; typing starts afresh there. */
  function onFocus(e: FocusEvent<HTMLTableElement>) {
    const target = e.target as HTMLElement;
    const key = target.dataset.cell;
    if (session.current && session.current.key !== key) session.current = null;
    if (target.dataset.r === undefined || target.dataset.c === undefined) return;
    const pos = { r: Number(target.dataset.r), c: Number(target.dataset.c) };
    if (pos.r !== opts.active.r || pos.c !== opts.active.c) opts.setActive(pos);
  }

  return { onKeyDown, onFocus, focusCell };
}
