// The term sheet and the teacher's report on a small school with hand-placed term marks, marks,
// an exemption, a pupil who left mid-term and one who left before the term: the figures are the
// hand-computed ones, and only those entitled to a report can open it.
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { cellKey } from "./format";
import { loadAssignmentReport, loadTermSheet } from "./load";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let s: TTestSchool;
let historyId: number;
let leftEarly: { id: number };

type TFinal = { pupil: number; subjectId: number; term: 1 | 2; status?: "GRADED" | "NOT_ASSESSED" | "EXEMPT"; value?: number };

async function finalMark({ pupil, subjectId, term, status = "GRADED", value }: TFinal) {
  await db.finalMark.create({
    data: {
      schoolId: s.schoolId,
      yearId: s.yearId,
      termId: s.terms[term - 1].id,
      kind: "TERM",
      period: term,
      studentId: pupil,
      subjectId,
      status,
      value: value ?? null,
      authorId: s.teacher.id,
    },
  });
}

async function mark(pupil: number, lessonId: bigint, value: number, kind: "answer" | "test") {
  const workKindId = s.workKinds.find((w) => w.code === kind)!.id;
  await db.mark.create({ data: { schoolId: s.schoolId, lessonId, studentId: pupil, workKindId, value, authorId: s.teacher.id } });
}

const asPerson = <T>(person: { id: number }, fn: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<T>) =>
  asUser(person, async () => fn((await getCurrentUser())!));

beforeAll(async () => {
  s = await createTestSchool(db, { pupils: 5, lessonDates: ["2026-11-23", "2026-11-24", "2026-11-25"] });
  const history = await db.teachingAssignment.findUniqueOrThrow({ where: { id: s.otherAssignmentId }, select: { subjectId: true } });
  historyId = history.subjectId;
  const [p0, p1, p2, p3, p4] = s.pupils.map((p) => p.id);
  // Maths, term 2: 5 and 4 set; p2 has 5 (answer, ×1) and 3 (test, ×3): (5 + 9) / 4 = 3.5 → a suggested 3 (T260);
  // p3 not assessed; p4 exempted 10–20 November, has a 2, and left on 20 November.
  await finalMark({ pupil: p0, subjectId: s.subjectId, term: 2, value: 5 });
  await finalMark({ pupil: p1, subjectId: s.subjectId, term: 2, value: 4 });
  await mark(p2, s.lessons[0].id, 5, "answer");
  await mark(p2, s.lessons[1].id, 3, "test");
  await finalMark({ pupil: p3, subjectId: s.subjectId, term: 2, status: "NOT_ASSESSED" });
  await db.exemption.create({
    data: { schoolId: s.schoolId, yearId: s.yearId, studentId: p4, subjectId: s.subjectId, startDate: d("2026-11-10"), endDate: d("2026-11-20") },
  });
  await mark(p4, s.lessons[0].id, 2, "answer");
  // History, term 2: p0 a 4 in class → suggested 4; p1 exempt by term mark; p2 a set 2; p3 nothing; p4 a set 5.
  await db.mark.create({
    data: { schoolId: s.schoolId, lessonId: s.otherLessonId, studentId: p0, workKindId: s.workKinds[0].id, value: 4, authorId: s.otherTeacher.id },
  });
  await finalMark({ pupil: p1, subjectId: historyId, term: 2, status: "EXEMPT" });
  await finalMark({ pupil: p2, subjectId: historyId, term: 2, value: 2 });
  await finalMark({ pupil: p4, subjectId: historyId, term: 2, value: 5 });
  await db.enrolment.updateMany({ where: { studentId: p4, classId: s.classId }, data: { endDate: d("2026-11-20") } });
  // A pupil who left in October: on the term 1 sheet with their 5, not on term 2's.
  leftEarly = await createPerson(db, s.schoolId, ["STUDENT"], "Выбывший");
  await db.enrolment.create({
    data: { schoolId: s.schoolId, classId: s.classId, studentId: leftEarly.id, startDate: d("2026-09-01"), endDate: d("2026-10-20") },
  });
  await finalMark({ pupil: leftEarly.id, subjectId: s.subjectId, term: 1, value: 5 });
});

describe("the class term sheet", () => {
  it("shows set marks, suggestions, exemptions and who left, and counts by the formulas", async () => {
    const r = await asPerson(s.homeroom, (u) => loadTermSheet(u, String(s.classId), "2"));
    expect(r).not.toBeNull();
    const { sheet, term } = r!;
    expect(term.number).toBe(2);
    const [p0, p1, p2, p3, p4] = s.pupils.map((p) => p.id);
    expect(sheet.pupils.map((p) => p.id).sort()).toEqual([p0, p1, p2, p3, p4].sort());
    expect(sheet.pupils.find((p) => p.id === p4)?.leftOn).toBe("2026-11-20");
    expect(sheet.subjects.map((x) => x.id)).toEqual([s.subjectId, historyId]);

    expect(sheet.cells.get(cellKey(p0, s.subjectId))).toEqual({ kind: "set", outcome: 5, average: null });
    expect(sheet.cells.get(cellKey(p2, s.subjectId))).toEqual({ kind: "suggested", outcome: 3, average: 3.5 });
    expect(sheet.cells.get(cellKey(p3, s.subjectId))).toMatchObject({ kind: "set", outcome: "not_assessed" });
    expect(sheet.cells.get(cellKey(p4, s.subjectId))).toEqual({ kind: "exempt", average: 2 });
    expect(sheet.cells.get(cellKey(p0, historyId))).toEqual({ kind: "suggested", outcome: 4, average: 4 });
    expect(sheet.cells.get(cellKey(p1, historyId))).toMatchObject({ kind: "exempt" });
    expect(sheet.cells.get(cellKey(p3, historyId))).toEqual({ kind: "none" });

    // Maths: 5, 4, suggested 3, н/а counted (p4 exempt and gone): 75 %, 50 %, (100 + 64 + 36 + 7) / 4 = 51.75 → 51.8.
    expect(sheet.bySubject.get(s.subjectId)).toEqual({
      counted: 4,
      fives: 1,
      fours: 1,
      threes: 1,
      twos: 0,
      notAssessed: 1,
      successRate: 75,
      qualityRate: 50,
      sou: 51.8,
    });
    // History: suggested 4 and a set 2 (p1 exempt, p3 nothing yet, p4 gone): 50 %, 50 %, (64 + 16) / 2 = 40.
    expect(sheet.bySubject.get(historyId)).toMatchObject({ counted: 2, fours: 1, twos: 1, successRate: 50, qualityRate: 50, sou: 40 });
    // The class: the six counted outcomes 5, 4, 3, н/а, 4, 2: 4/6 = 66.7 %, 3/6 = 50 %, 287 / 6 = 47.8.
    expect(sheet.total).toEqual({ counted: 6, fives: 1, fours: 2, threes: 1, twos: 1, notAssessed: 1, successRate: 66.7, qualityRate: 50, sou: 47.8 });
  });

  it("lists a pupil who left before the term only on the earlier term's sheet", async () => {
    const q2 = await asPerson(s.admin, (u) => loadTermSheet(u, String(s.classId), "2"));
    expect(q2!.sheet.pupils.some((p) => p.id === leftEarly.id)).toBe(false);
    const q1 = await asPerson(s.admin, (u) => loadTermSheet(u, String(s.classId), "1"));
    expect(q1!.sheet.pupils.find((p) => p.id === leftEarly.id)?.leftOn).toBe("2026-10-20");
    // In term 1 nobody but them has a term mark, and they left before its end: nothing is counted.
    expect(q1!.sheet.total.counted).toBe(0);
  });

  it("opens for the homeroom teacher and the administration only", async () => {
    expect(await asPerson(s.admin, (u) => loadTermSheet(u, String(s.classId)))).not.toBeNull();
    expect(await asPerson(s.teacher, (u) => loadTermSheet(u, String(s.classId)))).toBeNull();
    expect(await asPerson(s.parent, (u) => loadTermSheet(u, String(s.classId)))).toBeNull();
    expect(await asPerson(s.pupils[0], (u) => loadTermSheet(u, String(s.classId)))).toBeNull();
    expect(await asPerson(s.homeroom, (u) => loadTermSheet(u, "999999"))).toBeNull();
    expect(await asPerson(s.homeroom, (u) => loadTermSheet(u, "1 OR 1=1"))).toBeNull();
  });

  it("refuses the administration of another school", async () => {
    const other = await createTestSchool(db, { pupils: 1 });
    expect(await asPerson(other.admin, (u) => loadTermSheet(u, String(s.classId)))).toBeNull();
    expect(await asPerson(other.homeroom, (u) => loadTermSheet(u, String(s.classId)))).toBeNull();
  });
});

describe("the teacher's report of an assignment", () => {
  it("gives the assignment's pupils and the subject's figures", async () => {
    const r = await asPerson(s.teacher, (u) => loadAssignmentReport(u, String(s.assignmentId), "2"));
    expect(r!.report.pupils).toHaveLength(5);
    expect(r!.report.pupils.find((p) => p.id === s.pupils[2].id)?.cell).toEqual({ kind: "suggested", outcome: 3, average: 3.5 });
    expect(r!.report.figures).toMatchObject({ counted: 4, successRate: 75, qualityRate: 50, sou: 51.8 });
  });

  it("counts only the members of a subgroup the assignment teaches", async () => {
    const group = await db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, subjectId: s.subjectId, name: "1" }, select: { id: true } });
    await db.subgroupMember.createMany({
      data: [s.pupils[0], s.pupils[2]].map((p) => ({ schoolId: s.schoolId, subgroupId: group.id, studentId: p.id })),
    });
    const a = await db.teachingAssignment.create({
      data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.otherTeacher.id, subjectId: s.subjectId, classId: s.classId, subgroupId: group.id },
      select: { id: true },
    });
    const r = await asPerson(s.otherTeacher, (u) => loadAssignmentReport(u, String(a.id), "2"));
    expect(r!.report.pupils.map((p) => p.id).sort()).toEqual([s.pupils[0].id, s.pupils[2].id].sort());
    // 5 and a suggested 3: 100 %, 50 %, (100 + 36) / 2 = 68.
    expect(r!.report.figures).toMatchObject({ counted: 2, fives: 1, threes: 1, successRate: 100, qualityRate: 50, sou: 68 });
    await db.teachingAssignment.delete({ where: { id: a.id } });
  });

  it("is the teacher's own: a colleague and a parent cannot open it", async () => {
    expect(await asPerson(s.otherTeacher, (u) => loadAssignmentReport(u, String(s.assignmentId)))).toBeNull();
    expect(await asPerson(s.homeroom, (u) => loadAssignmentReport(u, String(s.assignmentId)))).toBeNull();
    expect(await asPerson(s.parent, (u) => loadAssignmentReport(u, String(s.assignmentId)))).toBeNull();
    expect(await asPerson(s.admin, (u) => loadAssignmentReport(u, String(s.assignmentId)))).not.toBeNull();
  });
});
