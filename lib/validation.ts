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

/** Ids are PostgreSQL int4: anything above this bound cannot name a row (and would fail the query). */
export const MAX_ID = 2_147_483_647;

/** Whether a number read from a URL or a token can be a row's id. */
export const isId = (id: number) => Number.isInteger(id) && id > 0 && id <= MAX_ID;

export const zId = z.coerce.number().int().positive().max(MAX_ID);
/** A real calendar date "YYYY-MM-DD" from 1900 on: 2026-02-30 and 0000-00-00 are refused, not stored
 * or thrown on. */
export const zIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "field.invalid_date")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1900 && d.toISOString().slice(0, 10) === v;
  }, "field.invalid_date");
