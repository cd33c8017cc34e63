// A school's grading settings, kinds of work and absence codes, for the settings page.
import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";

export async function getGradingSetup(schoolId: number) {
  const [settings, workKinds, absenceCodes] = await Promise.all([
    db.gradingSettings.findUnique({
      where: { schoolId },
      select: { thresholdPreset: true, customThree: true, customFour: true, customFive: true, usesWeekParity: true, allowedValues: true, ungradedGrades: true },
    }),
    db.workKind.findMany({
      where: { schoolId },
      orderBy: [{ isActive: "desc" }, { sortOrder: "asc" }],
      select: { id: true, code: true, nameRu: true, nameTt: true, weight: true, isDefault: true, isActive: true, sortOrder: true },
    }),
    db.absenceCode.findMany({
      where: { schoolId },
      orderBy: [{ isActive: "desc" }, { sortOrder: "asc" }],
      select: { id: true, letterRu: true, letterTt: true, nameRu: true, nameTt: true, kind: true, isActive: true, sortOrder: true },
    }),
  ]);
  return {
    settings: settings ?? DEFAULT_GRADING,
    workKinds,
    absenceCodes,
  };
}
export type TGradingSetup = Awaited<ReturnType<typeof getGradingSetup>>;
