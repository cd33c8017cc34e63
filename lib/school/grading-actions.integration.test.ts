// Grading settings: the threshold preset and scale, kinds of work (always one default), absence
// codes with letters unique in each language.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { saveAbsenceCodeAction, saveGradingSettingsAction, saveWorkKindAction } from "./grading-actions";

describe("grading settings", () => {
  it("saves the preset, the scale and week parity", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () =>
      saveGradingSettingsAction({ thresholdPreset: "T265", usesWeekParity: "on", allowedValues: ["5", "4", "3", "2", "2"], ungradedGrades: ["1"] }),
    );
    expect(result?.data).toEqual({
      thresholdPreset: "T265",
      customThree: null,
      customFour: null,
      customFive: null,
      usesWeekParity: true,
      allowedValues: [2, 3, 4, 5],
      ungradedGrades: [1],
    });
    expect(await db.gradingSettings.findUniqueOrThrow({ where: { schoolId: s.schoolId }, select: { thresholdPreset: true, usesWeekParity: true } })).toEqual({
      thresholdPreset: "T265",
      usesWeekParity: true,
    });
    const bad = await asUser(s.admin, () => saveGradingSettingsAction({ thresholdPreset: "T300" as never, allowedValues: ["5"], ungradedGrades: [] }));
    expect(bad?.validationErrors?.fieldErrors).toEqual({ thresholdPreset: ["field.invalid_value"], allowedValues: ["admin:validation.twoValues"] });
  });

  it("moves the default to a new kind of work and refuses to leave none", async () => {
    const s = await createTestSchool(db);
    const [answer] = s.workKinds;
    const created = await asUser(s.admin, () =>
      saveWorkKindAction({
        code: "dictation",
        nameRu: "Диктант",
        nameTt: "Диктант",
        weight: "2,5".replace(",", "."),
        isDefault: "on",
        isActive: "on",
        sortOrder: "3",
      }),
    );
    const kinds = await db.workKind.findMany({ where: { schoolId: s.schoolId, isDefault: true }, select: { id: true, weight: true } });
    expect(kinds).toEqual([{ id: created!.data!.workKindId, weight: 2.5 }]);
    const none = await asUser(s.admin, () =>
      saveWorkKindAction({
        workKindId: created!.data!.workKindId,
        code: "dictation",
        nameRu: "Диктант",
        nameTt: "Диктант",
        weight: 2,
        isDefault: false,
        isActive: "on",
        sortOrder: 3,
      }),
    );
    expect(none?.validationErrors?.fieldErrors).toEqual({ isDefault: ["admin:validation.needsDefault"] });
    const twin = await asUser(s.admin, () =>
      saveWorkKindAction({ workKindId: answer.id, code: "test", nameRu: "Ответ", nameTt: "Җавап", weight: 1, isActive: "on", sortOrder: 1 }),
    );
    expect(twin?.validationErrors?.fieldErrors).toEqual({ code: ["admin:validation.codeExists"] });
  });

  it("adds an absence code with Russian and Tatar letters, refusing a letter taken", async () => {
    const s = await createTestSchool(db);
    const late = await asUser(s.admin, () =>
      saveAbsenceCodeAction({ letterRu: "О", letterTt: "С", nameRu: "Опоздание", nameTt: "Соңга калу", kind: "LATE", isActive: "on", sortOrder: 3 }),
    );
    expect(late?.data?.absenceCodeId).toBeGreaterThan(0);
    const taken = await asUser(s.admin, () =>
      saveAbsenceCodeAction({ letterRu: "Б", letterTt: "Б", nameRu: "Больничный", nameTt: "Авыру", kind: "ILLNESS", isActive: "on", sortOrder: 4 }),
    );
    expect(taken?.validationErrors?.fieldErrors).toEqual({ letterRu: ["admin:validation.letterExists"] });
  });
});
