// zod reports problems as keys of locales/*/errors.json ("field.too_small") with the numbers
// the message needs, so field errors are translated like every other message.
import { z } from "zod";

// jitless: zod otherwise probes whether it may compile parsers with `new Function("")`, which the
// pages' Content-Security-Policy (no 'unsafe-eval') reports as a violation in every browser that
// loads a form. Every zod import in the app goes through this module, so this is the one place.
z.config({
  jitless: true,
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "field.required" : "field.invalid_type";
      case "too_small":
        return issue.origin === "string" && Number(issue.minimum) === 1 ? "field.required" : `field.too_small|${issue.minimum}`;
      case "too_big":
        return `field.too_big|${issue.maximum}`;
      case "invalid_format":
        return `field.invalid_format`;
      case "invalid_value":
        return "field.invalid_value";
      default:
        return "field.invalid";
    }
  },
});

export { z };

/** Splits "field.too_small|3" into a key and its value for translation. */
export function parseValidationMessage(message: string): { key: string; count?: number } {
  const [key, value] = message.split("|");
  return value === undefined ? { key } : { key, count: Number(value) };
}

/** Ids of most tables are PostgreSQL int4: anything above this bound cannot name a row (and would fail the query). */
export const MAX_ID = 2_147_483_647;

/** Whether a number read from a URL or a token can be a row's id. */
export const isId = (id: number) => Number.isInteger(id) && id > 0 && id <= MAX_ID;

export const zId = z.coerce.number().int().positive().max(MAX_ID);

/** Ids of the tables that grow past 2^31 rows region-wide (lessons, marks, absences, homework, term
 * marks) are PostgreSQL int8: the largest value a bigint column holds. */
export const MAX_BIG_ID = 9_223_372_036_854_775_807n;

/** A 64-bit id on its way to the browser or into JSON: its decimal digits (JSON.stringify refuses a
 * bigint, and a number loses digits past 2^53). Made with `::text` in SQL or `String(id)`. */
export type TBigId = string;

/** Orders two 64-bit ids given as decimal strings (no leading zeros), as their numbers would. */
export const compareBigIds = (a: TBigId, b: TBigId): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** A 64-bit id travels as a decimal string (JSON and the browser's numbers cannot carry all of
 * them): no sign, no leading zero, no exponent, no spaces, at most 19 digits. */
const BIG_ID_PATTERN = /^[1-9][0-9]{0,18}$/;

/** A 64-bit id from a URL or a string; null when it cannot name a row. */
export function parseBigId(value: string | number | bigint | null | undefined): bigint | null {
  if (typeof value === "bigint") return value > 0n && value <= MAX_BIG_ID ? value : null;
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 ? BigInt(value) : null;
  if (typeof value !== "string" || !BIG_ID_PATTERN.test(value)) return null;
  const id = BigInt(value);
  return id <= MAX_BIG_ID ? id : null;
}

/** A 64-bit id as the client sends it (a decimal string; a safe integer or a bigint also pass), parsed
 * to bigint: anything that is not a positive int8 is refused with the translated field error. */
export const zBigId = z.union([z.string(), z.number(), z.bigint()], { error: "field.invalid_format" }).transform((value, ctx) => {
  const id = parseBigId(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "field.invalid_format", input: value });
    return z.NEVER;
  }
  return id;
});
/** A real calendar date "YYYY-MM-DD" from 1900 on: 2026-02-30 and 0000-00-00 are refused, not stored
 * or thrown on. */
export const zIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "field.invalid_date")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1900 && d.toISOString().slice(0, 10) === v;
  }, "field.invalid_date");
