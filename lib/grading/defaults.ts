// A school's grading before its administrator saves any settings: marks 2–5, the T260 rounding
// preset, no marks in the first grade, no odd/even weeks. The same values are the column defaults
// of GradingSettings in prisma/schema.prisma, so a row created without them agrees.
import type { TThresholdPreset } from "./term-mark";

export const DEFAULT_GRADING: {
  thresholdPreset: TThresholdPreset;
  customThree: null;
  customFour: null;
  customFive: null;
  usesWeekParity: boolean;
  allowedValues: number[];
  ungradedGrades: number[];
} = {
  thresholdPreset: "T260",
  customThree: null,
  customFour: null,
  customFive: null,
  usesWeekParity: false,
  allowedValues: [2, 3, 4, 5],
  ungradedGrades: [1],
};
