// Languages and namespaces. Pure: imported by server and client code alike.
export const LANGUAGES = ["ru", "tt"] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: TLanguage = "ru";
export const LANGUAGE_COOKIE = "belem-lang";

export const NAMESPACES = ["common", "auth", "home", "journal", "diary", "admin", "reports", "errors", "notifications", "messages"] as const;
export type TNamespace = (typeof NAMESPACES)[number];

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header ("tt-RU,tt;q=0.9,ru;q=0.8"). */
export function languageFromAcceptHeader(header: string | null | undefined): TLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.base && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((x) => x.base).find(isLanguage);
}

/**
 * Bilingual data (subject and school names, kinds of work, absence letters) stored as a pair of
 * fields, `nameRu` / `nameTt` unless `field` names another pair (`shortName`, `letter`). A Tatar
 * field left empty shows the Russian one.
 */
export function localized<F extends string = "name">(row: { [K in `${F}Ru` | `${F}Tt`]: string }, lng: TLanguage, field?: F): string {
  const pair = row as Record<string, string>;
  const name = field ?? "name";
  return (lng === "tt" && pair[`${name}Tt`]) || pair[`${name}Ru`];
}
