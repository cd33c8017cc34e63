// Translating what the import says about a row: a key of admin:import.notes with its values; a
// column named by its key is shown by its header in the reader's language.
import type { TFunction } from "i18next";

export type TImportNote = { key: string; column?: string; params?: Record<string, string | number> };

export function noteText(t: TFunction, note: TImportNote): string {
  const params: Record<string, string | number> = { ...note.params };
  if (note.column) params.column = t(`admin:import.columns.${note.column}`);
  if (typeof params.columns === "string") {
    params.columns = params.columns
      .split(", ")
      .map((c) => t(`admin:import.columns.${c}`))
      .join(", ");
  }
  return t(`admin:import.notes.${note.key}`, params);
}
