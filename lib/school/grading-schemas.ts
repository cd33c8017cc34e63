// Inputs of the grading settings actions: thresholds and scale, kinds of work, absence codes.
import { zCheckbox, zCode, zOptionalId, zText } from "@/lib/forms/fields";
import { z } from "@/lib/validation";

const zNumbers = (min: number, max: number) =>
  z
    .array(z.coerce.number().int().min(min).max(max))
    .max(max - min + 1)
    .transform((v) => [...new Set(v)].sort((a, b) => a - b));

/** A threshold as a person types it: "4,5" or "4.5", at most two decimals. */
const THRESHOLD_TEXT = /^\d(?:[.,]\d{1,2})?$/;
const zThresholdText = z
  .union([z.string().trim().max(10), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? "" : String(v)));
const CUSTOM_FIELDS = [
  ["customThree", "three"],
  ["customFour", "four"],
  ["customFive", "five"],
] as const;

/**
 * A preset, or CUSTOM with the school's own lowest averages for 3, 4 and 5: each between 2 and 5
 * with at most two decimals (the journal compares the average rounded to two), strictly rising
 * from 3 to 5. The three numbers are kept only with CUSTOM.
 */
export const ZGradingSettingsInput = z
  .object({
    thresholdPreset: z.enum(["T250", "T260", "T265", "CUSTOM"]),
    customThree: zThresholdText,
    customFour: zThresholdText,
    customFive: zThresholdText,
    usesWeekParity: zCheckbox,
    allowedValues: zNumbers(1, 5).refine((v) => v.length >= 2, "admin:validation.twoValues"),
    ungradedGrades: zNumbers(1, 11).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.thresholdPreset !== "CUSTOM") return;
    const numbers: number[] = [];
    for (const [field] of CUSTOM_FIELDS) {
      const text = v[field];
      const message = text === "" ? "field.required" : !THRESHOLD_TEXT.test(text) ? "admin:validation.thresholdFormat" : null;
      const n = Number(text.replace(",", "."));
      if (message) ctx.addIssue({ code: "custom", path: [field], message });
      else if (n < 2 || n > 5) ctx.addIssue({ code: "custom", path: [field], message: "admin:validation.thresholdRange" });
      else numbers.push(n);
    }
    if (numbers.length === 3 && !(numbers[0] < numbers[1] && numbers[1] < numbers[2])) {
      ctx.addIssue({ code: "custom", path: [numbers[1] <= numbers[0] ? "customFour" : "customFive"], message: "admin:validation.thresholdOrder" });
    }
  })
  .transform(({ customThree, customFour, customFive, ...rest }) => {
    const custom = rest.thresholdPreset === "CUSTOM";
    const n = (text: string) => (custom ? Number(text.replace(",", ".")) : null);
    return { ...rest, customThree: n(customThree), customFour: n(customFour), customFive: n(customFive) };
  });
export type TGradingSettingsInput = z.input<typeof ZGradingSettingsInput>;

export const ZWorkKindInput = z.object({
  workKindId: zOptionalId,
  code: zCode,
  nameRu: zText(80),
  nameTt: zText(80),
  weight: z.coerce.number().min(0.1).max(10),
  isDefault: zCheckbox,
  isActive: zCheckbox,
  sortOrder: z.coerce.number().int().min(0).max(999),
});
export type TWorkKindInput = z.input<typeof ZWorkKindInput>;

export const ZAbsenceCodeInput = z.object({
  absenceCodeId: zOptionalId,
  letterRu: zText(3),
  letterTt: zText(3),
  nameRu: zText(80),
  nameTt: zText(80),
  kind: z.enum(["ILLNESS", "EXCUSED", "UNEXCUSED", "LATE"]),
  isActive: zCheckbox,
  sortOrder: z.coerce.number().int().min(0).max(999),
});
export type TAbsenceCodeInput = z.input<typeof ZAbsenceCodeInput>;
