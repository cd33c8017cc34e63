// Inputs of the grading settings actions: thresholds and scale, kinds of work, absence codes.
import { zCheckbox, zCode, zOptionalId, zText } from "@/lib/forms/fields";
import { z } from "@/lib/validation";

const zNumbers = (min: number, max: number) =>
  z
    .array(z.coerce.number().int().min(min).max(max))
    .max(max - min + 1)
    .transform((v) => [...new Set(v)].sort((a, b) => a - b));

export const ZGradingSettingsInput = z.object({
  thresholdPreset: z.enum(["T250", "T260", "T265"]),
  usesWeekParity: zCheckbox,
  allowedValues: zNumbers(1, 5).refine((v) => v.length >= 2, "admin:validation.twoValues"),
  ungradedGrades: zNumbers(1, 11).default([]),
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
