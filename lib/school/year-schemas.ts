// Inputs of the year, term and holiday actions (kept apart from the "use server" module, which
// may export only actions).
import { zCheckbox, zDate, zText } from "@/lib/forms/fields";
import { z, zId } from "@/lib/validation";

export const ZSpan = z.object({ startDate: zDate, endDate: zDate });

export const ZHolidayInput = ZSpan.extend({ nameRu: zText(120), nameTt: zText(120) });

export const ZCreateYearInput = z.object({
  name: z
    .string()
    .trim()
    .regex(/^\d{4}\/\d{4}$/, "admin:validation.yearName"),
  startDate: zDate,
  endDate: zDate,
  termKind: z.enum(["QUARTER", "TRIMESTER"]),
  terms: z.array(ZSpan).min(3).max(4),
  holidays: z.array(ZHolidayInput).max(60),
  makeCurrent: zCheckbox,
});
export type TCreateYearInput = z.input<typeof ZCreateYearInput>;

export const ZUpdateTermsInput = z.object({
  yearId: zId,
  startDate: zDate,
  endDate: zDate,
  terms: z
    .array(ZSpan.extend({ id: zId }))
    .min(1)
    .max(4),
});
export type TUpdateTermsInput = z.input<typeof ZUpdateTermsInput>;

export const ZSetTermLockInput = z.object({ termId: zId, isLocked: z.boolean() });
export const ZAddHolidayInput = ZHolidayInput.extend({ yearId: zId });
export const ZDeleteHolidayInput = z.object({ holidayId: zId });
export const ZSetCurrentYearInput = z.object({ yearId: zId });
