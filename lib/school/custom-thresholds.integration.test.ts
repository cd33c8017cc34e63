// A school's own term-mark thresholds: saved through the real settings action (bad numbers refused
// with nothing changed), then followed by every place a term mark is worked out: the journal's
// suggestion, the term report's cells and counts, and the marks page of the diary.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getTermMarks } from "@/lib/diary/marks-queries";
import { saveCellAction } from "@/lib/journal/actions";
import { setFinalMarkAction } from "@/lib/journal/final-mark-actions";
import { getJournalHeader } from "@/lib/journal/queries";
import { loadClassCounts } from "@/lib/reports/class-figures";
import { loadTermOutcomes } from "@/lib/reports/term-outcomes";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { saveGradingSettingsAction } from "./grading-actions";
import type { TGradingSettingsInput } from "./grading-schemas";

let s: TTestSchool;
beforeEach(async () => {
  s = await createTestSchool(db);
});

const base = { usesWeekParity: false, allowedValues: ["2", "3", "4", "5"], ungradedGrades: ["1"] };
const save = (over: Partial<TGradingSettingsInput>) =>
  asUser(s.admin, () => saveGradingSettingsAction({ ...base, thresholdPreset: "CUSTOM", ...over } as TGradingSettingsInput));
const stored = () =>
  db.gradingSettings.findUniqueOrThrow({
    where: { schoolId: s.schoolId },
    select: { thresholdPreset: true, customThree: true, customFour: true, customFive: true },
  });

describe("custom thresholds", () => {
  it("are saved with the decimal comma, audited, and dropped again with a preset", async () => {
    const r = await save({ customThree: "2,5", customFour: "3.55", customFive: " 4,2 " });
    expect(r?.validationErrors).toBeUndefined();
    expect(r?.data).toMatchObject({ thresholdPreset: "CUSTOM", customThree: 2.5, customFour: 3.55, customFive: 4.2 });
    expect(await stored()).toEqual({ thresholdPreset: "CUSTOM", customThree: 2.5, customFour: 3.55, customFive: 4.2 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { schoolId: s.schoolId, action: "grading.settings" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit.actorId).toBe(s.admin.id);
    expect(audit.before).toMatchObject({ thresholdPreset: "T260", customFive: null });
    expect(audit.after).toMatchObject({ thresholdPreset: "CUSTOM", customThree: 2.5, customFour: 3.55, customFive: 4.2 });

    // A preset chosen later keeps no stray numbers, whatever the form still holds.
    await save({ thresholdPreset: "T250", customThree: "2,5", customFour: "3.55", customFive: "4,2" });
    expect(await stored()).toEqual({ thresholdPreset: "T250", customThree: null, customFour: null, customFive: null });
  });

  it("refuses bad numbers with a translated reason per field and changes nothing", async () => {
    await save({ customThree: "2,5", customFour: "3,5", customFive: "4,5" });
    const before = await stored();
    const audits = await db.auditEvent.count({ where: { schoolId: s.schoolId } });
    const cases: [Partial<TGradingSettingsInput>, Record<string, string[]>][] = [
      [{ customThree: "", customFour: "3,5", customFive: "4,5" }, { customThree: ["field.required"] }],
      [{ customThree: "2,5", customFour: "3,555", customFive: "4,5" }, { customFour: ["admin:validation.thresholdFormat"] }],
      [
        { customThree: "2,5", customFour: "abc", customFive: "1e1" },
        { customFour: ["admin:validation.thresholdFormat"], customFive: ["admin:validation.thresholdFormat"] },
      ],
      [
        { customThree: "1,9", customFour: "3,5", customFive: "5,01" },
        { customThree: ["admin:validation.thresholdRange"], customFive: ["admin:validation.thresholdRange"] },
      ],
      [{ customThree: "3,5", customFour: "3,5", customFive: "4,5" }, { customFour: ["admin:validation.thresholdOrder"] }],
      [{ customThree: "2,5", customFour: "4,6", customFive: "4,5" }, { customFive: ["admin:validation.thresholdOrder"] }],
      [{ customThree: 2.5, customFour: 3.5, customFive: 4.555 } as never, { customFive: ["admin:validation.thresholdFormat"] }],
    ];
    for (const [input, errors] of cases) {
      const r = await save(input);
      expect(r?.data).toBeUndefined();
      expect(r?.validationErrors?.fieldErrors).toEqual(errors);
    }
    expect(await stored()).toEqual(before);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId } })).toBe(audits);
  });

  it("are followed by the journal's suggestion, the term report and the diary's marks page", async () => {
    // (5×1 + 4×3 + 4×1) / 5 = 4.2: a 4 under the default 4.6, a 5 from 4.2 on.
    const kind = (code: string) => s.workKinds.find((w) => w.code === code)!.id;
    for (const [i, [value, code]] of (
      [
        [5, "answer"],
        [4, "test"],
        [4, "answer"],
      ] as const
    ).entries()) {
      const r = await asUser(s.teacher, () =>
        saveCellAction({
          assignmentId: s.assignmentId,
          lessonId: s.lessons[i].id,
          studentId: s.pupils[0].id,
          upsert: [{ key: `k${i}`, value, workKindId: kind(code), isPending: false, comment: null }],
          remove: [],
        }),
      );
      expect(r.serverError).toBeUndefined();
    }
    const term = s.terms[1];
    const today = s.lessons[2].date.toISOString().slice(0, 10);
    const setFive = () =>
      asUser(s.teacher, () => setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[0].id, period: 2, mark: { status: "GRADED", value: 5 } }));
    const reportCell = async () => (await loadTermOutcomes({ termIds: [term.id] })).find((o) => o.studentId === s.pupils[0].id && o.cell.kind !== "none")?.cell;
    const diaryRow = async () => (await getTermMarks({ id: s.pupils[0].id, schoolId: s.schoolId }, today, "2"))?.rows.find((r) => r.marks.length > 0);

    expect(await reportCell()).toMatchObject({ kind: "suggested", outcome: 4 });
    expect((await loadClassCounts([term.id]))[0]).toMatchObject({ fives: 0, fours: 1 });
    expect((await diaryRow())?.suggested).toBe(4);

    await save({ customThree: "2,5", customFour: "3,5", customFive: "4,2" });
    expect((await getJournalHeader(s.assignmentId, s.teacher.id))?.settings.thresholds).toEqual({ three: 2.5, four: 3.5, five: 4.2 });
    expect(await reportCell()).toMatchObject({ kind: "suggested", outcome: 5 });
    expect((await loadClassCounts([term.id]))[0]).toMatchObject({ fives: 1, fours: 0 });
    const diary = await getTermMarks({ id: s.pupils[0].id, schoolId: s.schoolId }, today, "2");
    expect(diary?.thresholds).toEqual({ three: 2.5, four: 3.5, five: 4.2 });
    expect(diary?.rows.find((r) => r.marks.length > 0)).toMatchObject({ suggested: 5, sums: { products: 21, weights: 5 } });
    // The journal's stored suggestion: a 5 given on an average of 4.2 is no override any more.
    expect((await setFive()).data).toMatchObject({ value: 5, suggested: 5, isOverride: false });

    await save({ customThree: "2,5", customFour: "3,5", customFive: "4,21" });
    expect(await reportCell()).toMatchObject({ kind: "set", outcome: 5 });
    const again = await asUser(s.teacher, () =>
      setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[0].id, period: 2, mark: { status: "GRADED", value: 4 } }),
    );
    expect(again.data).toMatchObject({ suggested: 4, isOverride: false });
  });
});
