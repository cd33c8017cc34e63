// Inputs of the exemption actions. A period is either a term of the current year or dates.
import { zDate, zOptionalDate, zOptionalId, zText } from "@/lib/forms/fields";
import { z, zId } from "@/lib/validation";

export const ZCreateExemptionInput = z
  .object({
    studentId: zId,
    subjectId: zId,
    /** A term of the current year; when set, its dates are the exemption's. */
    termId: zOptionalId,
    startDate: zOptionalDate,
    endDate: zOptionalDate,
    reason: zText(200),
  })
  .superRefine((v, ctx) => {
    if (v.termId) return;
    if (!v.startDate) ctx.addIssue({ code: "custom", path: ["startDate"], message: "field.required" });
    if (v.startDate && v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "admin:validation.endBeforeStart" });
  });
export type TCreateExemptionInput = z.input<typeof ZCreateExemptionInput>;

export const ZEndExemptionInput = z.object({ exemptionId: zId, endDate: zDate });
export type TEndExemptionInput = z.input<typeof ZEndExemptionInput>;
