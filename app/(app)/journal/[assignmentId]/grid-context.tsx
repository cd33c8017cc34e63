"use client";
// What every part of the grid needs without passing it down through thirty rows: the save queues,
// the school's kinds of work and absence codes, and the language.
import { createContext, useContext, useMemo, useState } from "react";
import type { TLanguage } from "@/lib/i18n/settings";
import type { TCellState } from "@/lib/journal/cell-state.client";
import type { SyncStore } from "@/lib/journal/sync-store.client";
import type { TAbsenceOption, TJournalHeader, TJournalTermData, TWorkKindOption } from "@/lib/journal/types";
import { createCellStore, createFinalStore, type TFinalValue } from "./stores";

export type TGridContext = {
  header: TJournalHeader;
  cells: SyncStore<TCellState>;
  finals: SyncStore<TFinalValue>;
  workKindById: Map<number, TWorkKindOption>;
  absenceById: Map<number, TAbsenceOption>;
  lng: TLanguage;
  /** Words for screen readers on a cell being saved or failed, translated once for all cells. */
  statusText: { saving: string; failed: string };
};

export const GridContext = createContext<TGridContext | null>(null);

export function useGrid(): TGridContext {
  const ctx = useContext(GridContext);
  if (!ctx) throw new Error("useGrid outside the journal grid");
  return ctx;
}

export const absenceLetter = (a: { letterRu: string; letterTt: string }, lng: TLanguage) => (lng === "tt" ? a.letterTt || a.letterRu : a.letterRu);

/**
 * The grid's context, made once per grid: the stores live as long as the grid (fresh data comes
 * with a fresh grid, which the page keys by assignment and term), and a change of language must
 * not drop unsaved entries — only the words change.
 */
export function useGridContextValue(data: TJournalTermData, lng: TLanguage, statusText: TGridContext["statusText"]): TGridContext {
  const [ctx] = useState<TGridContext>(() => ({
    header: data.header,
    cells: createCellStore(data.header.assignmentId, data.marks, data.absences),
    finals: createFinalStore(data.header.assignmentId, data.term.number, data.finalMarks),
    workKindById: new Map(data.header.workKinds.map((w) => [w.id, w])),
    absenceById: new Map(data.header.absenceCodes.map((a) => [a.id, a])),
    lng,
    statusText,
  }));
  const { saving, failed } = statusText;
  return useMemo(() => ({ ...ctx, lng, statusText: { saving, failed } }), [ctx, lng, saving, failed]);
}
