// The columns of the two roster files, and the header texts that name them: the Russian and the
// Tatar header of each column (locales/*/admin.json, import.columns) and common variants
// (import.aliases, "|"-separated). Headers match ignoring case, ё/е, spaces and punctuation, so
// "Дата рожд." and "дата  рождения" both work. Pure.
import ruAdmin from "@/locales/ru/admin.json";
import ttAdmin from "@/locales/tt/admin.json";

export const IMPORT_KINDS = ["students", "teachers"] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

export const COLUMNS = {
  students: [
    "lastName",
    "firstName",
    "middleName",
    "birthDate",
    "class",
    "parentLastName",
    "parentFirstName",
    "parentMiddleName",
    "parentPhone",
    "parentEmail",
  ],
  teachers: ["lastName", "firstName", "middleName", "birthDate", "phone", "email"],
} as const satisfies Record<TImportKind, readonly string[]>;

export type TColumn = (typeof COLUMNS)[TImportKind][number];

export const REQUIRED: Record<TImportKind, readonly TColumn[]> = {
  students: ["lastName", "firstName", "birthDate", "class"],
  teachers: ["lastName", "firstName"],
};

export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("\u0451", "\u0435") // ё → е
    .replace(/[^\p{L}\p{N}]/gu, "");
}

type TBundle = { import: { columns: Record<string, string>; aliases: Record<string, string> } };

/** Normalized header text → column, for the given columns (any file the admin section imports). */
export function columnDictionary<C extends string>(columns: readonly C[]): Map<string, C> {
  const dict = new Map<string, C>();
  for (const bundle of [ruAdmin, ttAdmin] as unknown as TBundle[]) {
    for (const column of columns) {
      const names = [bundle.import.columns[column], ...(bundle.import.aliases[column] ?? "").split("|")].filter(Boolean);
      for (const name of names) dict.set(normalizeHeader(name), column);
    }
  }
  return dict;
}

/** Normalized header text → column, for one kind of file. */
export function headerDictionary(kind: TImportKind): Map<string, TColumn> {
  return columnDictionary<TColumn>(COLUMNS[kind]);
}

export type THeaderMap<C extends string = TColumn> = { columns: Map<C, number>; missing: C[]; unknown: string[]; duplicate: C[] };

/** Which cell holds which of the given columns; required columns that are missing; headers not understood. */
export function mapColumns<C extends string>(all: readonly C[], required: readonly C[], header: readonly string[]): THeaderMap<C> {
  const dict = columnDictionary(all);
  const columns = new Map<C, number>();
  const unknown: string[] = [];
  const duplicate: C[] = [];
  header.forEach((text, i) => {
    if (!text) return;
    const column = dict.get(normalizeHeader(text));
    if (!column) unknown.push(text);
    else if (columns.has(column)) duplicate.push(column);
    else columns.set(column, i);
  });
  return { columns, missing: required.filter((c) => !columns.has(c)), unknown, duplicate };
}

export function mapHeader(kind: TImportKind, header: readonly string[]): THeaderMap {
  return mapColumns<TColumn>(COLUMNS[kind], REQUIRED[kind], header);
}

/** The header line of a template file in one language. */
export function templateHeader(kind: TImportKind, lng: "ru" | "tt"): string[] {
  return headerTexts(COLUMNS[kind], lng);
}

/** The columns' header texts in one language, for a template file. */
export function headerTexts(columns: readonly string[], lng: "ru" | "tt"): string[] {
  const bundle = (lng === "tt" ? ttAdmin : ruAdmin) as unknown as TBundle;
  return columns.map((c) => bundle.import.columns[c]);
}
