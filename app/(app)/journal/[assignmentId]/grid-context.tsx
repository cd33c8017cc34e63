"use client";
// What every part of the grid needs without passing it down through thirty rows: the save queues,
// the school's kinds of work and absence codes, and the language.
import { createContext, useContext } from "react";
import type { TLanguage } from "@/lib/i18n/settings";
import type { TCellState } from "@/lib/journal/cell-state.client";
import type { SyncStore } from "@/lib/journal/sync-store.client";
import type { TAbsenceOption, TJournalHeader, TWorkKindOption } from "@/lib/journal/types";
import type { TFinalValue } from "./stores";

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
