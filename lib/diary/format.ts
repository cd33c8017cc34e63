// Small display rules of the diary. Pure: server and client.

/** A file size as a translation key of diary:homework and its number: "2 КБ", "1,5 МБ". */
export function fileSize(bytes: number): { key: "homework.kb" | "homework.mb"; size: string } {
  if (bytes < 1024 * 1024) return { key: "homework.kb", size: String(Math.max(1, Math.round(bytes / 1024))) };
  return { key: "homework.mb", size: formatDecimal(Math.round((bytes / (1024 * 1024)) * 10) / 10) };
}

/**
 * A weight, size or sum with the decimal comma Russian and Tatar both write: 1.5 → "1,5". At most
 * two decimals, so float noise of a product (3 × 1.1 = 3.3000000000000003) never shows.
 */
export function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}
