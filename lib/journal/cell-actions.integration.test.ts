// The journal's cell writes against a real database, through the real action chain: every rule
// allowed and refused, nothing written when refused, an audit row exactly when something changed.
import { beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asAnonymous, asUser } from "@/test/support/session";
import { cellInput, countStatements, journalRowCounts } from "../../test/support/statements";
import { saveCellAction } from "./actions";
import type { TSaveCellArgs } from "./schemas";

let s: TTestSchool;
let answer: number;
let test: number;
beforeEach(async () => {
  s = await createTestSchool(db);
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
  test = s.workKinds.find((w) => w.code === "test")!.id;
});

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const cell = (over: Partial<TSaveCellArgs> = {}) => cellInput(s, over);
const five = (key = "n1") => ({ key, value: 5, workKindId: answer, isPending: false, comment: null });
const save = (user: { id: number }, input: TSaveCellArgs) => asUser(user, () => saveCellAction(input));
const auditOf = (lessonId: bigint, studentId: number) =>
  db.auditEvent.findMany({
    where: { schoolId: s.schoolId, lessonId, studentId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true, entityId: true },
  });

/** Runs a refused write and checks that it changed nothing at all. */
async function expectRefused(user: { id: number }, input: TSaveCellArgs, code: string) {
  const before = await journalRowCounts(db, s.schoolId);
  const result = await save(user, input);
  expect(result.serverError?.code).toBe(code);
  expect(result.data).toBeUndefined();
  expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
}

describe("saving a cell", () => {
  it("creates a mark with the default kind and an audit event naming pupil, lesson, who and the value", async () => {
    const result = await save(s.teacher, cell({ upsert: [five()] }));
    expect(result.serverError).toBeUndefined();
    const id = result.data!.createdIds.n1;
    expect(result.data!.marks).toEqual([{ id, value: 5, workKindId: answer, isPending: false, comment: null }]);
    const stored = await db.mark.findUniqueOrThrow({ where: { id: BigInt(id) }, select: { value: true, studentId: true, lessonId: true, authorId: true } });
    expect(stored).toEqual({ value: 5, studentId: s.pupils[0].id, lessonId: s.lessons[0].id, authorId: s.teacher.id });
    expect(await auditOf(s.lessons[0].id, s.pupils[0].id)).toEqual([
      {
        action: "mark.create",
        actorId: s.teacher.id,
        entityId: String(id),
        before: null,
        after: { value: 5, isPending: false, workKindId: answer, comment: null },
      },
    ]);
  });

  it("adds a second mark beside the first, auditing only the new one", async () => {
    const first = (await save(s.teacher, cell({ upsert: [five()] }))).data!;
    const id = first.createdIds.n1;
    const second = await save(
      s.teacher,
      cell({
        upsert: [
          { ...five(), id },
          { key: "n2", value: 4, workKindId: test, isPending: false, comment: "тест" },
        ],
      }),
    );
    expect(second.data!.marks.map((m) => m.value)).toEqual([5, 4]);
    expect((await auditOf(s.lessons[0].id, s.pupils[0].id)).map((e) => e.action)).toEqual(["mark.create", "mark.create"]);
  });

  it("changes and removes marks with the value before and after, and writes nothing for an unchanged save", async () => {
    const id = (await save(s.teacher, cell({ upsert: [five()] }))).data!.createdIds.n1;
    await save(s.teacher, cell({ upsert: [{ ...five(), id, value: 3 }] }));
    const unchanged = await journalRowCounts(db, s.schoolId);
    const again = await save(s.teacher, cell({ upsert: [{ ...five(), id, value: 3 }] }));
    expect(again.data!.marks[0].value).toBe(3);
    expect(await journalRowCounts(db, s.schoolId)).toEqual(unchanged);
    await save(s.teacher, cell({ remove: [id] }));
    expect(await db.mark.count({ where: { id: BigInt(id) } })).toBe(0);
    const events = await auditOf(s.lessons[0].id, s.pupils[0].id);
    expect(events.map((e) => e.action)).toEqual(["mark.create", "mark.update", "mark.delete"]);
    expect(events[1]).toMatchObject({ before: { value: 5 }, after: { value: 3 } });
    expect(events[2]).toMatchObject({ before: { value: 3 }, after: null });
  });

  it("sets, changes and clears an absence, each audited", async () => {
    const [n, ill] = s.absenceCodes;
    expect((await save(s.teacher, cell({ absence: { absenceCodeId: n.id } }))).data!.absenceCodeId).toBe(n.id);
    await save(s.teacher, cell({ absence: { absenceCodeId: ill.id } }));
    await save(s.teacher, cell({ absence: { absenceCodeId: ill.id } }));
    expect((await save(s.teacher, cell({ absence: { absenceCodeId: null } }))).data!.absenceCodeId).toBeNull();
    expect(await db.attendance.count({ where: { schoolId: s.schoolId } })).toBe(0);
    const events = await auditOf(s.lessons[0].id, s.pupils[0].id);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["attendance.create", null, { absenceCodeId: n.id }],
      ["attendance.update", { absenceCodeId: n.id }, { absenceCodeId: ill.id }],
      ["attendance.delete", { absenceCodeId: ill.id }, null],
    ]);
  });

  it("keeps a pending point without a value", async () => {
    const result = await save(s.teacher, cell({ upsert: [{ key: "p", value: 4, workKindId: answer, isPending: true, comment: null }] }));
    expect(result.data!.marks[0]).toMatchObject({ value: null, isPending: true });
  });

  it("saves one new mark in at most four statements: the session, one read, and one write with its audit event", async () => {
    await save(s.teacher, cell({ upsert: [five("warm")], studentId: s.pupils[1].id }));
    const session = await countStatements(() => asUser(s.teacher, getCurrentUser));
    const { result, statements } = await countStatements(() =>
      save(s.teacher, cell({ upsert: [{ ...five(), clientKey: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed" }] })),
    );
    expect(result.data?.createdIds.n1).toMatch(/^[1-9][0-9]*$/);
    // Ours: the cell's context, then the mark and its audit event in one statement (no BEGIN/COMMIT).
    expect(statements.length - session.statements.length, statements.join("\n")).toBe(2);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(4);
  });
});

describe("who may write", () => {
  it("lets the school's administrator write", async () => {
    expect((await save(s.admin, cell({ upsert: [five()] }))).data?.marks).toHaveLength(1);
  });

  it("refuses another subject's teacher, the homeroom teacher, a pupil, a parent and another school's admin", async () => {
    const other = await createTestSchool(db);
    for (const person of [s.otherTeacher, s.homeroom, s.pupils[0], s.parent, other.admin, other.teacher]) {
      await expectRefused(person, cell({ upsert: [five()], absence: { absenceCodeId: s.absenceCodes[0].id } }), "forbidden");
    }
  });

  it("refuses someone not signed in", async () => {
    const result = await asAnonymous(() => saveCellAction(cell({ upsert: [five()] })));
    expect(result.serverError?.code).toBe("unauthenticated");
  });

  it("lets a substitute write the lesson they take, and no other", async () => {
    await db.lesson.update({ where: { id: s.lessons[0].id }, data: { substituteTeacherId: s.otherTeacher.id } });
    expect((await save(s.otherTeacher, cell({ upsert: [five()] }))).data?.marks).toHaveLength(1);
    await expectRefused(s.otherTeacher, cell({ lessonId: s.lessons[1].id, upsert: [five()] }), "forbidden");
  });
});

describe("what may be written", () => {
  it("takes values only from the school's scale", async () => {
    await expectRefused(s.teacher, cell({ upsert: [{ ...five(), value: 1 }] }), "value_not_allowed");
    await expectRefused(s.teacher, cell({ upsert: [{ ...five(), value: 6 }] }), "value_not_allowed");
    await db.gradingSettings.update({ where: { schoolId: s.schoolId }, data: { allowedValues: [1, 2, 3, 4, 5] } });
    expect((await save(s.teacher, cell({ upsert: [{ ...five(), value: 1 }] }))).data?.marks[0].value).toBe(1);
  });

  it("refuses a kind of work of another school and a mark of another cell", async () => {
    const other = await createTestSchool(db);
    await expectRefused(s.teacher, cell({ upsert: [{ ...five(), workKindId: other.workKinds[0].id }] }), "not_found");
    const id = (await save(s.teacher, cell({ upsert: [five()] }))).data!.createdIds.n1;
    await expectRefused(s.teacher, cell({ studentId: s.pupils[1].id, upsert: [{ ...five(), id, value: 2 }] }), "conflict");
    const removed = await save(s.teacher, cell({ studentId: s.pupils[1].id, remove: [id] }));
    expect(removed.data?.marks).toEqual([]);
    expect(await db.mark.count({ where: { id: BigInt(id) } })).toBe(1);
  });

  it("requires the pupil to be enrolled in the class on the lesson's date", async () => {
    const left = s.pupils[1];
    await db.enrolment.updateMany({ where: { studentId: left.id }, data: { endDate: d("2026-11-23") } });
    expect((await save(s.teacher, cell({ studentId: left.id, upsert: [five()] }))).data?.marks).toHaveLength(1);
    await expectRefused(s.teacher, cell({ lessonId: s.lessons[1].id, studentId: left.id, upsert: [five()] }), "not_enrolled");
    const joined = s.pupils[2];
    await db.enrolment.updateMany({ where: { studentId: joined.id }, data: { startDate: d("2026-11-24") } });
    await expectRefused(s.teacher, cell({ studentId: joined.id, absence: { absenceCodeId: s.absenceCodes[0].id } }), "not_enrolled");
    expect((await save(s.teacher, cell({ lessonId: s.lessons[1].id, studentId: joined.id, upsert: [five()] }))).data?.marks).toHaveLength(1);
    const stranger = await createPerson(db, s.schoolId, ["STUDENT"], "Чужой");
    await expectRefused(s.teacher, cell({ studentId: stranger.id, upsert: [five()] }), "not_enrolled");
  });

  it("requires subgroup membership when the journal is a subgroup's", async () => {
    const group = await db.subgroup.create({
      data: { schoolId: s.schoolId, classId: s.classId, subjectId: s.subjectId, name: "1 группа" },
      select: { id: true },
    });
    await db.subgroupMember.create({ data: { schoolId: s.schoolId, subgroupId: group.id, studentId: s.pupils[0].id } });
    await db.teachingAssignment.update({ where: { id: s.assignmentId }, data: { subgroupId: group.id } });
    expect((await save(s.teacher, cell({ upsert: [five()] }))).data?.marks).toHaveLength(1);
    await expectRefused(s.teacher, cell({ studentId: s.pupils[1].id, upsert: [five()] }), "not_enrolled");
  });

  it("requires the lesson to belong to the journal being written", async () => {
    await expectRefused(s.admin, cell({ lessonId: s.otherLessonId, upsert: [five()] }), "lesson_mismatch");
  });

  it("gives first grade no marks but takes its attendance", async () => {
    s = await createTestSchool(db, { grade: 1 });
    await expectRefused(s.teacher, cell({ upsert: [{ ...five(), workKindId: s.workKinds[0].id }] }), "grade_not_marked");
    expect((await save(s.teacher, cell({ absence: { absenceCodeId: s.absenceCodes[0].id } }))).data?.absenceCodeId).toBe(s.absenceCodes[0].id);
  });

  it("refuses any write into a locked term, and writes again once it is unlocked", async () => {
    const id = (await save(s.teacher, cell({ upsert: [five()] }))).data!.createdIds.n1;
    const term2 = s.terms.find((t) => t.number === 2)!;
    await db.term.update({ where: { id: term2.id }, data: { isLocked: true, lockedAt: new Date(), lockedById: s.admin.id } });
    await expectRefused(s.teacher, cell({ upsert: [five("n9")] }), "term_locked");
    await expectRefused(s.teacher, cell({ upsert: [{ ...five(), id, value: 2 }] }), "term_locked");
    await expectRefused(s.teacher, cell({ remove: [id] }), "term_locked");
    await expectRefused(s.admin, cell({ absence: { absenceCodeId: s.absenceCodes[0].id } }), "term_locked");
    await db.term.update({ where: { id: term2.id }, data: { isLocked: false } });
    expect((await save(s.teacher, cell({ remove: [id] }))).data?.marks).toEqual([]);
  });

  it("does not let a locked term elsewhere in the year stop this one", async () => {
    await db.term.update({ where: { id: s.terms[0].id }, data: { isLocked: true } });
    expect((await save(s.teacher, cell({ upsert: [five()] }))).data?.marks).toHaveLength(1);
  });

  it("reports bad input as field errors and writes nothing", async () => {
    const before = await journalRowCounts(db, s.schoolId);
    const result = await asUser(s.teacher, () => saveCellAction({ ...cell(), upsert: [{ ...five(), value: 4.5 }] } as TSaveCellArgs));
    expect(result.validationErrors).toBeDefined();
    expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
  });
});

describe("the audit table", () => {
  it("is append-only in the database itself", async () => {
    await save(s.teacher, cell({ upsert: [five()] }));
    const [event] = await db.auditEvent.findMany({ where: { schoolId: s.schoolId }, select: { id: true } });
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET action = 'x' WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: event.id, action: "mark.create" } })).toBe(1);
  });
});
