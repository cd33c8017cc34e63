"use client";
// What every part of the grid needs without passing it down through thirty rows: the save queues,
// the school's kinds of work and absence codes, and the language.
import { createContext, useContext, useMemo, useState } from "react";
import { exemptCellKeys, isExemptInPeriod } from "@/lib/exemptions/period";
import { localized, type TLanguage } from "@/lib/i18n/settings";
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

export const absenceLetter = (a: { letterRu: string; letterTt: string }, lng: TLanguage) => localized(a, lng, "letter");

/**
 * The grid's context, made once per grid: the stores live as long as the grid (fresh data comes
 * with a fresh grid, which the page keys by assignment and term), and a change of language must
 * not drop unsaved entries — only the words change.
 */
export function useGridContextValue(
  data: TJournalTermData,
  lng: TLanguage,
  statusText: TGridContext["statusText"],
  exemptWords: { text: string; title: string },
): TGridContext {
  const [ctx] = useState<TGridContext>(() => ({
    header: data.header,
    cells: createCellStore(data.header.assignmentId, data.marks, data.absences),
    finals: createFinalStore(data.header.assignmentId, data.term.number, data.finalMarks),
    workKindById: new Map(data.header.workKinds.map((w) => [w.id, w])),
    absenceById: new Map(data.header.absenceCodes.map((a) => [a.id, a])),
    lng,
    exempt: exemptionsOfTerm(data),
    statusText,
  }));
  const { saving, failed } = statusText;
  const { text, title } = exemptWords;
  return useMemo(() => ({ ...ctx, lng, exempt: { ...ctx.exempt, text, title }, statusText: { saving, failed } }), [ctx, lng, saving, failed, text, title]);
}

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
