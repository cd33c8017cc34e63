// A student ticks homework done and unticks it; the tick is theirs alone, audited, and only for
// homework of their own class or subgroup. Parents and teachers cannot tick.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { revalidated } from "@/test/support/next-cache";
import { asUser } from "@/test/support/session";
import { setHomeworkDoneAction } from "./completion-actions";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let s: TTestSchool;
let other: TTestSchool;
let homeworkId: bigint;
let groupHomeworkId: bigint;
let otherHomeworkId: bigint;

const isDone = (studentId: number, id = homeworkId) => db.homeworkCompletion.count({ where: { homeworkId: id, studentId } }).then((n) => n === 1);
const audits = (studentId: number) =>
  db.auditEvent.findMany({ where: { studentId, entityType: "Homework" }, orderBy: { id: "asc" }, select: { action: true, actorId: true, entityId: true } });

beforeAll(async () => {
  [s, other] = [await createTestSchool(db), await createTestSchool(db)];
  homeworkId = (
    await db.homework.create({ data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, dueDate: d("2026-11-24"), text: "№ 5", createdById: s.teacher.id } })
  ).id;
  const group = await db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, name: "1" } });
  await db.subgroupMember.create({ data: { schoolId: s.schoolId, subgroupId: group.id, studentId: s.pupils[1].id } });
  const groupAssignment = await db.teachingAssignment.create({
    data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.teacher.id, subjectId: s.subjectId, classId: s.classId, subgroupId: group.id },
  });
  const groupLesson = await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: groupAssignment.id, date: d("2026-11-24"), period: 3 } });
  groupHomeworkId = (
    await db.homework.create({ data: { schoolId: s.schoolId, lessonId: groupLesson.id, dueDate: d("2026-11-26"), text: "Group", createdById: s.teacher.id } })
  ).id;
  otherHomeworkId = (
    await db.homework.create({
      data: { schoolId: other.schoolId, lessonId: other.lessons[0].id, dueDate: d("2026-11-24"), text: "Other", createdById: other.teacher.id },
    })
  ).id;
});

describe("a student", () => {
  it("ticks their homework done: stored, audited, their diary revalidated", async () => {
    const result = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId, isDone: true }));
    expect(result?.data).toEqual({ homeworkId: String(homeworkId), isDone: true });
    expect(await isDone(s.pupils[0].id)).toBe(true);
    expect(await isDone(s.pupils[1].id)).toBe(false);
    expect(await audits(s.pupils[0].id)).toEqual([{ action: "homework.complete", actorId: s.pupils[0].id, entityId: String(homeworkId) }]);
    expect(revalidated).toContain(`/diary/${s.pupils[0].id}`);
  });

  it("ticking again changes nothing and records nothing", async () => {
    const result = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId, isDone: true }));
    expect(result?.data).toEqual({ homeworkId: String(homeworkId), isDone: true });
    expect(await audits(s.pupils[0].id)).toHaveLength(1);
  });

  it("unticks it", async () => {
    await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId, isDone: false }));
    expect(await isDone(s.pupils[0].id)).toBe(false);
    expect((await audits(s.pupils[0].id)).map((a) => a.action)).toEqual(["homework.complete", "homework.uncomplete"]);
  });

  it("ticks a subgroup's homework only as its member", async () => {
    expect((await asUser(s.pupils[1], () => setHomeworkDoneAction({ homeworkId: groupHomeworkId, isDone: true })))?.data?.isDone).toBe(true);
    const outsider = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId: groupHomeworkId, isDone: true }));
    expect(outsider?.serverError?.code).toBe("not_found");
    expect(await isDone(s.pupils[0].id, groupHomeworkId)).toBe(false);
  });

  it("cannot tick another school's homework or one that does not exist", async () => {
    expect((await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId: otherHomeworkId, isDone: true })))?.serverError?.code).toBe("not_found");
    expect((await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId: otherHomeworkId + 1000n, isDone: true })))?.serverError?.code).toBe(
      "not_found",
    );
    expect(await db.homeworkCompletion.count({ where: { homeworkId: otherHomeworkId } })).toBe(0);
  });

  it("cannot tick homework of the class after leaving it", async () => {
    await db.enrolment.updateMany({ where: { studentId: s.pupils[2].id }, data: { startDate: d("2026-11-24") } });
    const result = await asUser(s.pupils[2], () => setHomeworkDoneAction({ homeworkId, isDone: true }));
    expect(result?.serverError?.code).toBe("not_found");
  });

  it("gets field errors for bad input, and nothing changes", async () => {
    const result = await asUser(s.pupils[0], () => setHomeworkDoneAction({ homeworkId: -1, isDone: "yes" as unknown as boolean }));
    expect(result?.validationErrors?.fieldErrors.homeworkId?.[0]).toMatch(/^field\./);
    expect(result?.validationErrors?.fieldErrors.isDone?.[0]).toBe("field.invalid_type");
  });
});

describe("others", () => {
  it("a parent cannot tick, even their own child's homework", async () => {
    const result = await asUser(s.parent, () => setHomeworkDoneAction({ homeworkId, isDone: true }));
    expect(result?.serverError?.code).toBe("forbidden");
    expect(await db.homeworkCompletion.count({ where: { homeworkId } })).toBe(0);
  });
  it("a teacher cannot tick", async () => {
    expect((await asUser(s.teacher, () => setHomeworkDoneAction({ homeworkId, isDone: true })))?.serverError?.code).toBe("forbidden");
  });
  it("someone signed out cannot tick", async () => {
    const { asAnonymous } = await import("@/test/support/session");
    expect((await asAnonymous(() => setHomeworkDoneAction({ homeworkId, isDone: true })))?.serverError?.code).toBe("unauthenticated");
  });
});
