// Term and year marks through the real action: the server's own average and suggestion, overrides
// recorded as such, and the same rules as marks (writer, enrolment, scale, first grade, lock).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { journalRowCounts } from "../../test/support/statements";
import { saveCellAction } from "./actions";
import { setFinalMarkAction } from "./final-mark-actions";
import type { TSetFinalMarkInput } from "./schemas";

let s: TTestSchool;
beforeEach(async () => {
  s = await createTestSchool(db);
});

const setFinal = (user: { id: number }, over: Partial<TSetFinalMarkInput> = {}) =>
  asUser(user, () => setFinalMarkAction({ assignmentId: s.assignmentId, studentId: s.pupils[0].id, period: 2, mark: { status: "GRADED", value: 5 }, ...over }));

async function giveMarks(studentId: number, marks: { value: number; code: "answer" | "test" }[]) {
  for (const [i, m] of marks.entries()) {
    const workKindId = s.workKinds.find((w) => w.code === m.code)!.id;
    const r = await asUser(s.teacher, () =>
      saveCellAction({
        assignmentId: s.assignmentId,
        lessonId: s.lessons[i % s.lessons.length].id,
        studentId,
        upsert: [{ key: `k${i}`, value: m.value, workKindId, isPending: false, comment: null }],
        remove: [],
      }),
    );
    expect(r.serverError).toBeUndefined();
  }
}

async function expectRefused(user: { id: number }, over: Partial<TSetFinalMarkInput>, code: string) {
  const before = await journalRowCounts(db, s.schoolId);
  expect((await setFinal(user, over)).serverError?.code).toBe(code);
  expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
}

describe("term marks", () => {
  it("stores the server's weighted average and suggestion; the suggested mark is no override", async () => {
    // (5×1 + 4×3 + 4×1) / 5 = 4.2 → 4 under the default 2.6 / 3.6 / 4.6 thresholds
    await giveMarks(s.pupils[0].id, [
      { value: 5, code: "answer" },
      { value: 4, code: "test" },
      { value: 4, code: "answer" },
    ]);
    const result = await setFinal(s.teacher, { mark: { status: "GRADED", value: 4 } });
    expect(result.data).toEqual({ studentId: s.pupils[0].id, period: 2, status: "GRADED", value: 4, average: 4.2, suggested: 4, isOverride: false });
    const row = await db.finalMark.findFirstOrThrow({
      where: { schoolId: s.schoolId },
      select: { kind: true, period: true, termId: true, value: true, isOverride: true },
    });
    expect(row).toEqual({ kind: "TERM", period: 2, termId: s.terms[1].id, value: 4, isOverride: false });
    const audit = await db.auditEvent.findMany({
      where: { schoolId: s.schoolId, entityType: "FinalMark" },
      select: { action: true, studentId: true, after: true },
    });
    expect(audit).toEqual([
      {
        action: "finalMark.create",
        studentId: s.pupils[0].id,
        after: { kind: "TERM", period: 2, status: "GRADED", value: 4, average: 4.2, suggested: 4, isOverride: false },
      },
    ]);
  });

  it("records a different mark as an override, and audits the change and the removal", async () => {
    await giveMarks(s.pupils[0].id, [{ value: 4, code: "answer" }]);
    await setFinal(s.teacher, { mark: { status: "GRADED", value: 4 } });
    const changed = await setFinal(s.teacher, { mark: { status: "GRADED", value: 5 } });
    expect(changed.data).toMatchObject({ value: 5, suggested: 4, isOverride: true });
    const before = await journalRowCounts(db, s.schoolId);
    await setFinal(s.teacher, { mark: { status: "GRADED", value: 5 } });
    expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
    await setFinal(s.teacher, { mark: null });
    expect(await db.finalMark.count({ where: { schoolId: s.schoolId } })).toBe(0);
    const actions = await db.auditEvent.findMany({
      where: { schoolId: s.schoolId, entityType: "FinalMark" },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["finalMark.create", "finalMark.update", "finalMark.delete"]);
  });

  it("takes 'not assessed' without a value, and a mark with no marks to suggest from", async () => {
    expect((await setFinal(s.teacher, { mark: { status: "NOT_ASSESSED" } })).data).toMatchObject({ status: "NOT_ASSESSED", value: null, isOverride: false });
    expect((await setFinal(s.teacher, { studentId: s.pupils[1].id })).data).toMatchObject({ value: 5, average: null, suggested: null, isOverride: false });
  });

  it("is refused to the homeroom teacher, another teacher, and outside the school's scale", async () => {
    await expectRefused(s.homeroom, {}, "forbidden");
    await expectRefused(s.otherTeacher, {}, "forbidden");
    await expectRefused(s.teacher, { mark: { status: "GRADED", value: 1 } }, "value_not_allowed");
  });

  it("is refused for a pupil who left the class before the term", async () => {
    await db.enrolment.updateMany({ where: { studentId: s.pupils[1].id }, data: { endDate: new Date("2026-10-20T00:00:00Z") } });
    await expectRefused(s.teacher, { studentId: s.pupils[1].id }, "not_enrolled");
    expect((await setFinal(s.teacher, { studentId: s.pupils[1].id, period: 1 })).data).toMatchObject({ period: 1, value: 5 });
  });

  it("is refused in first grade", async () => {
    s = await createTestSchool(db, { grade: 1 });
    await expectRefused(s.teacher, {}, "grade_not_marked");
  });

  it("is refused in a locked term, and the year mark once the last term is locked", async () => {
    await db.term.update({ where: { id: s.terms[1].id }, data: { isLocked: true } });
    await expectRefused(s.teacher, {}, "term_locked");
    expect((await setFinal(s.teacher, { period: 3 })).data).toMatchObject({ value: 5 });
    await db.term.update({ where: { id: s.terms[3].id }, data: { isLocked: true } });
    await expectRefused(s.teacher, { period: 0 }, "term_locked");
  });
});

describe("year marks", () => {
  it("are suggested from the term marks and flagged when the teacher chooses otherwise", async () => {
    await setFinal(s.teacher, { period: 1, mark: { status: "GRADED", value: 5 } });
    await setFinal(s.teacher, { period: 2, mark: { status: "GRADED", value: 4 } });
    // term marks 5 and 4: 4.5 is below 4.6, so 4 is suggested
    const year = await setFinal(s.teacher, { period: 0, mark: { status: "GRADED", value: 5 } });
    expect(year.data).toEqual({ studentId: s.pupils[0].id, period: 0, status: "GRADED", value: 5, average: 4.5, suggested: 4, isOverride: true });
    const row = await db.finalMark.findFirstOrThrow({ where: { schoolId: s.schoolId, period: 0 }, select: { kind: true, termId: true } });
    expect(row).toEqual({ kind: "YEAR", termId: null });
  });
});
