// A school's grading settings, kinds of work and absence codes: its administrator's alone.
import { db } from "@/lib/db";
import { saveAbsenceCodeAction, saveGradingSettingsAction, saveWorkKindAction } from "@/lib/school/grading-actions";
import { actionCases } from "../define";

const SCHOOL_WIDE = ["own", "otherSchool"] as const;

// The world's defaults, saved unchanged: other cases rely on the 2–5 scale.
// The school's own thresholds, the same numbers as that preset so no report elsewhere changes.
actionCases(
  saveGradingSettingsAction,
  {
    name: "preset",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: () => ({ thresholdPreset: "T260", usesWeekParity: false, allowedValues: [2, 3, 4, 5], ungradedGrades: [1] }),
  },
  {
    name: "custom",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: () => ({
      thresholdPreset: "CUSTOM",
      customThree: "2,6",
      customFour: "3,6",
      customFive: "4,6",
      usesWeekParity: false,
      allowedValues: [2, 3, 4, 5],
      ungradedGrades: [1],
    }),
  },
);

actionCases(
  saveWorkKindAction,
  {
    name: "create",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: (_t, { n }) => ({ code: `kind-${n}`, nameRu: "Диктант", nameTt: "Диктант", weight: 2, isDefault: false, isActive: true, sortOrder: 5 }),
  },
  {
    name: "update",
    scopes: SCHOOL_WIDE,
    allowed: { admin: ["own"] },
    input: async (t) => {
      const w = await db.workKind.findUniqueOrThrow({
        where: { id: t.workKindId },
        select: { code: true, nameRu: true, nameTt: true, weight: true, sortOrder: true },
      });
      return { workKindId: t.workKindId, ...w, isDefault: true, isActive: true };
    },
  },
);

actionCases(
  saveAbsenceCodeAction,
  {
    name: "create",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: (_t, { n }) => ({
      letterRu: n.toString(36).slice(-3),
      letterTt: "Х",
      nameRu: "Олимпиада",
      nameTt: "Олимпиада",
      kind: "EXCUSED",
      isActive: true,
      sortOrder: 9,
    }),
  },
  {
    name: "update",
    scopes: SCHOOL_WIDE,
    allowed: { admin: ["own"] },
    input: async (t) => {
      const c = await db.absenceCode.findUniqueOrThrow({
        where: { id: t.absenceCodeId },
        select: { letterRu: true, letterTt: true, nameRu: true, nameTt: true, kind: true, sortOrder: true },
      });
      return { absenceCodeId: t.absenceCodeId, ...c, isActive: true };
    },
  },
);
