"use client";
// What every part of the grid needs without passing it down through thirty rows: the save queues,
// the school's kinds of work and absence codes, and the language.
import { createContext, useContext } from "react";
import { exemptCellKeys, isExemptInPeriod } from "@/lib/exemptions/period";
import type { TLanguage } from "@/lib/i18n/settings";
import type { TCellState } from "@/lib/journal/cell-state";
import type { SyncStore } from "@/lib/journal/sync-store";
import type { TAbsenceOption, TJournalHeader, TJournalTermData, TWorkKindOption } from "@/lib/journal/types";
import type { TFinalValue } from "./stores";

export type TGridContext = {
  header: TJournalHeader;
  cells: SyncStore<TCellState>;
  finals: SyncStore<TFinalValue>;
  workKindById: Map<number, TWorkKindOption>;
  absenceById: Map<number, TAbsenceOption>;
  lng: TLanguage;
  /** Cells ("lessonId:studentId") of days a pupil is exempt from the subject, and pupils exempt in the term. */
  exempt: { cells: Set<string>; pupils: Set<number>; text: string; title: string };
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

/** Which cells and term marks of the term read «осв.» (the words are added with the language). */
export function exemptionsOfTerm(data: TJournalTermData): TGridContext["exempt"] {
  const ids = data.pupils.map((p) => p.id);
  return {
    cells: exemptCellKeys(data.exemptions, data.lessons, ids),
    pupils: new Set(ids.filter((id) => isExemptInPeriod(data.exemptions, id, data.term.startDate, data.term.endDate))),
    text: "",
    title: "",
  };
}
