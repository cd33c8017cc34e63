// Text PostgreSQL cannot store: the NUL character (text columns refuse it) and lone UTF-16
// surrogates (invalid in jsonb, and silently turned into U+FFFD in text). A payload carrying
// either is refused as bad input before any action runs, instead of crashing inside a
// transaction with a generic error (the bad-input test found both).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in the value, keys included, at any depth, holds unstorable text. */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (value instanceof Map) return [...value.entries()].some(([k, v]) => hasUnstorableText(k, depth + 1) || hasUnstorableText(v, depth + 1));
  if (value instanceof Set || Array.isArray(value)) return [...value].some((v) => hasUnstorableText(v, depth + 1));
  return Object.entries(value).some(([k, v]) => UNSTORABLE.test(k) || hasUnstorableText(v, depth + 1));
}
