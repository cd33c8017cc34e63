// Zod pieces for admin forms, which send what their inputs hold: strings, "" for an empty
// optional field, "on" or true for a ticked box.
import { isId, z, zIsoDate } from "@/lib/validation";

/** A required line of text, trimmed. */
export const zText = (max = 100) => z.string().trim().min(1).max(max);

/** Optional text: an empty field is stored as null. */
export const zOptionalText = (max = 100) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An optional id from a select: "" means none. */
export const zOptionalId = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v, ctx) => {
    if (v === "" || v === null || v === undefined) return null;
    const id = Number(v);
    if (isId(id)) return id;
    ctx.addIssue({ code: "custom", message: "field.invalid_value" });
    return z.NEVER;
  });

/** A checkbox: true, "on" or "true" when ticked. */
export const zCheckbox = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => v === true || v === "on" || v === "true");

/** A real calendar date "YYYY-MM-DD" (2026-02-30 is refused). */
export const zDate = zIsoDate;

export const zOptionalDate = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || null)
  .pipe(zDate.nullable());

export const zEmail = zOptionalText(120).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "field.invalid_format");
export const zPhone = zOptionalText(40).refine((v) => v === null || /^[+\d][\d\s()-]{4,}$/.test(v), "field.invalid_format");

/** A short code of a subject or a kind of work: lower-case Latin letters, digits, dashes. */
export const zCode = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[a-z0-9-]+$/, "admin:validation.subjectCode");
