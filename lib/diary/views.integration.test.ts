// What each diary view returns for a pupil: the week (lessons of their class and subgroups while
// enrolled, bell times, homework due with attachments and ticks, their own marks and absences),
// the homework list and the term's marks by subject; and that the week is one SQL statement
// whatever the number of lessons.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getSession, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { getReadablePupil } from "./access";
import { getHomeworkList } from "./homework-queries";
import { getTermMarks } from "./marks-queries";
import { getDiaryWeek } from "./queries";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let s: TTestSchool;
let other: TTestSchool;
let englishLessonId: bigint;
let dueHomeworkId: bigint;
let attachmentId: number;
const pupil = () => ({ id: s.pupils[0].id, schoolId: s.schoolId });

/** Every SQL statement sent to PostgreSQL while `fn` runs. */
async function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  const patched = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as string | { text: string };
    statements.push(typeof q === "string" ? q : q.text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = patched as typeof original;
  try {
    return { result: await fn(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}

beforeAll(async () => {
  [s, other] = [await createTestSchool(db, { pupils: 3 }), await createTestSchool(db)];
  const [answer, test] = s.workKinds;
  const [math23, math24, math25] = s.lessons;
  // English in a subgroup that only the second pupil belongs to.
  const subgroup = await db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, name: "Группа 2" } });
  await db.subgroupMember.create({ data: { schoolId: s.schoolId, subgroupId: subgroup.id, studentId: s.pupils[1].id } });
  const english = await db.subject.create({ data: { schoolId: s.schoolId, code: "eng", nameRu: "Английский язык", nameTt: "Инглиз теле", sortOrder: 3 } });
  const engAssignment = await db.teachingAssignment.create({
    data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.otherTeacher.id, subjectId: english.id, classId: s.classId, subgroupId: subgroup.id },
  });
  englishLessonId = (await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: engAssignment.id, date: d("2026-11-24"), period: 2 } })).id;
  // A lesson the next week, and a topic on Monday's.
  await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: s.assignmentId, date: d("2026-11-30"), period: 1 } });
  await db.lesson.update({ where: { id: math23.id }, data: { topic: "Дроби" } });
  // The third pupil left the class on Monday evening.
  await db.enrolment.updateMany({ where: { studentId: s.pupils[2].id }, data: { endDate: d("2026-11-23") } });

  await db.mark.createMany({
    data: [
      { schoolId: s.schoolId, lessonId: math23.id, studentId: s.pupils[0].id, workKindId: answer.id, value: 5, authorId: s.teacher.id },
      {
        schoolId: s.schoolId,
        lessonId: math24.id,
        studentId: s.pupils[0].id,
        workKindId: test.id,
        value: 4,
        comment: "Ошибка в задаче 3",
        authorId: s.teacher.id,
      },
      { schoolId: s.schoolId, lessonId: math25.id, studentId: s.pupils[0].id, workKindId: answer.id, isPending: true, authorId: s.teacher.id },
      { schoolId: s.schoolId, lessonId: math23.id, studentId: s.pupils[1].id, workKindId: answer.id, value: 2, authorId: s.teacher.id },
    ],
  });
  await db.attendance.create({
    data: { schoolId: s.schoolId, lessonId: s.otherLessonId, studentId: s.pupils[0].id, absenceCodeId: s.absenceCodes[1].id, authorId: s.otherTeacher.id },
  });
  const due = await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: math23.id, dueLessonId: math24.id, dueDate: d("2026-11-24"), text: "№ 12, 14", createdById: s.teacher.id },
  });
  dueHomeworkId = due.id;
  attachmentId = (
    await db.homeworkAttachment.create({
      data: { schoolId: s.schoolId, homeworkId: due.id, fileName: "task.pdf", mimeType: "application/pdf", size: 2048, storageKey: `k-${due.id}` },
    })
  ).id;
  await db.homeworkCompletion.create({ data: { schoolId: s.schoolId, homeworkId: due.id, studentId: s.pupils[0].id } });
  // Due on Wednesday with no due lesson set: shown at Wednesday's maths lesson.
  await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: math23.id, dueDate: d("2026-11-25"), text: "Выучить правило", createdById: s.teacher.id },
  });
  // Due on a day without a history lesson: only in the homework list.
  await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: s.otherLessonId, dueDate: d("2026-12-01"), text: "Параграф 7", createdById: s.otherTeacher.id },
  });
  await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: englishLessonId, dueDate: d("2026-11-26"), text: "Words", createdById: s.otherTeacher.id },
  });
  await db.finalMark.create({
    data: {
      schoolId: s.schoolId,
      yearId: s.yearId,
      termId: s.terms[1].id,
      kind: "TERM",
      period: 2,
      studentId: s.pupils[0].id,
      subjectId: (await db.teachingAssignment.findUniqueOrThrow({ where: { id: s.otherAssignmentId } })).subjectId,
      value: 5,
      authorId: s.otherTeacher.id,
    },
  });
});

describe("the week", () => {
  it("lists the pupil's lessons in order with bell times, topic, homework due, marks and absences", async () => {
    const week = await getDiaryWeek(pupil(), "2026-11-23");
    expect(week.map((l) => [l.date, l.period, l.subject.nameRu])).toEqual([
      ["2026-11-23", 1, "Математика"],
      ["2026-11-23", 2, "История"],
      ["2026-11-24", 1, "Математика"],
      ["2026-11-25", 1, "Математика"],
    ]);
    const [mon, hist, tue, wed] = week;
    expect(mon).toMatchObject({ startMinute: 480, endMinute: 520, topic: "Дроби", room: "101", absence: null, homework: [] });
    expect(mon.marks).toEqual([
      expect.objectContaining({ value: 5, isPending: false, workKind: { nameRu: "Ответ на уроке", nameTt: "Дәрестәге җавап", weight: 1 } }),
    ]);
    expect(hist.absence).toEqual({ letterRu: "Б", letterTt: "А", nameRu: "По болезни", nameTt: "Авыру сәбәпле" });
    expect(hist.startMinute).toBe(530);
    expect(tue.homework).toEqual([
      { id: String(dueHomeworkId), text: "№ 12, 14", isDone: true, attachments: [{ id: attachmentId, fileName: "task.pdf", size: 2048 }] },
    ]);
    expect(tue.marks).toEqual([expect.objectContaining({ value: 4, comment: "Ошибка в задаче 3", workKind: expect.objectContaining({ weight: 3 }) })]);
    expect(wed.homework.map((h) => h.text)).toEqual(["Выучить правило"]);
    expect(wed.marks).toEqual([expect.objectContaining({ value: null, isPending: true })]);
  });

  it("includes a subgroup's lessons only for its members, and their own marks only", async () => {
    const second = await getDiaryWeek({ id: s.pupils[1].id, schoolId: s.schoolId }, "2026-11-23");
    expect(second.map((l) => l.id)).toContain(String(englishLessonId));
    expect(second.find((l) => l.id === String(s.lessons[0].id))?.marks.map((m) => m.value)).toEqual([2]);
    expect(second.find((l) => l.id === String(s.lessons[1].id))?.homework[0]).toMatchObject({ id: String(dueHomeworkId), isDone: false });
    expect((await getDiaryWeek(pupil(), "2026-11-23")).map((l) => l.id)).not.toContain(String(englishLessonId));
  });

  it("stops at the end of an enrolment", async () => {
    const left = await getDiaryWeek({ id: s.pupils[2].id, schoolId: s.schoolId }, "2026-11-23");
    expect(left.map((l) => l.date)).toEqual(["2026-11-23", "2026-11-23"]);
  });

  it("shows nothing of another school, even with this pupil's id", async () => {
    expect(await getDiaryWeek({ id: s.pupils[0].id, schoolId: other.schoolId }, "2026-11-23")).toEqual([]);
  });

  it("makes the week page three statements with the session (issue 8: at most five)", async () => {
    // The session (with the shell's school), the reader's pupil list (the access check; the layout,
    // the page and the shell's badge get the same list from React cache) and the week.
    for (const [who, studentId] of [
      [s.parent, s.pupils[0].id],
      [s.pupils[0], s.pupils[0].id],
      [s.teacher, s.pupils[1].id],
    ] as const) {
      const { result, statements } = await asUser(who, () =>
        statementsOf(async () => {
          const session = await getSession();
          const readable = session && (await getReadablePupil(session.user, studentId));
          return readable ? getDiaryWeek(readable, "2026-11-23") : null;
        }),
      );
      expect(result, `${who.id}`).not.toBeNull();
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(3);
    }
  });

  it("is read with one statement after the access check's one, however many lessons there are", async () => {
    const measure = (who: { id: number }, studentId: number) =>
      asUser(who, async () => {
        const user = await requireUser();
        return statementsOf(async () => {
          const readable = await getReadablePupil(user, studentId);
          return readable ? getDiaryWeek(readable, "2026-11-23") : [];
        });
      });
    const parent = await measure(s.parent, s.pupils[0].id);
    expect(parent.result).toHaveLength(4);
    expect(parent.statements).toHaveLength(2);
    const teacher = await measure(s.teacher, s.pupils[1].id);
    expect(teacher.result).toHaveLength(5);
    expect(teacher.statements).toHaveLength(2);
    // Twenty more lessons in the week with marks and homework: still one statement for the week.
    for (let period = 4; period < 24; period++) {
      const lesson = await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: s.assignmentId, date: d("2026-11-27"), period } });
      await db.mark.create({
        data: { schoolId: s.schoolId, lessonId: lesson.id, studentId: s.pupils[0].id, workKindId: s.workKinds[0].id, value: 4, authorId: s.teacher.id },
      });
      await db.homework.create({
        data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, dueLessonId: lesson.id, dueDate: d("2026-11-27"), text: "x", createdById: s.teacher.id },
      });
    }
    const busy = await measure(s.parent, s.pupils[0].id);
    expect(busy.result).toHaveLength(24);
    expect(busy.result.at(-1)?.homework).toHaveLength(1);
    expect(busy.statements).toHaveLength(2);
  });
});

describe("the homework list", () => {
  it("lists homework of the pupil's lessons by due date with subject, tick and attachments", async () => {
    const list = await getHomeworkList(pupil(), "2026-11-24", "2026-12-31");
    expect(list.slice(0, 3).map((h) => [h.dueDate, h.subject.nameRu, h.text, h.isDone])).toEqual([
      ["2026-11-24", "Математика", "№ 12, 14", true],
      ["2026-11-25", "Математика", "Выучить правило", false],
      ["2026-11-27", "Математика", "x", false],
    ]);
    expect(list[0].attachments).toEqual([{ id: attachmentId, fileName: "task.pdf", size: 2048 }]);
    expect(list.at(-1)).toMatchObject({ dueDate: "2026-12-01", subject: { nameRu: "История", nameTt: "Тарих" }, text: "Параграф 7" });
    expect(list.map((h) => h.text)).not.toContain("Words");
  });
  it("gives a subgroup's homework to its members", async () => {
    const list = await getHomeworkList({ id: s.pupils[1].id, schoolId: s.schoolId }, "2026-11-24", "2026-12-31");
    expect(list.map((h) => h.text)).toContain("Words");
  });
  it("keeps to the dates asked for", async () => {
    expect((await getHomeworkList(pupil(), "2026-11-25", "2026-11-25")).map((h) => h.text)).toEqual(["Выучить правило"]);
  });
});

describe("marks by subject", () => {
  it("gives the current term's marks in date order, the weighted average, the term mark and what is needed", async () => {
    const result = await getTermMarks(pupil(), "2026-11-25");
    expect(result?.term.number).toBe(2);
    expect(result?.terms.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    const [math, history] = result?.rows ?? [];
    expect(math.subject.nameRu).toBe("Математика");
    // Before the twenty lessons of the statement test: 5 (w1), 4 (w3), a point; plus twenty 4s of weight 1.
    expect(math.marks.slice(0, 3).map((m) => [m.date, m.value, m.workKind.weight])).toEqual([
      ["2026-11-23", 5, 1],
      ["2026-11-24", 4, 3],
      ["2026-11-25", null, 1],
    ]);
    expect(math.averageText).toBe(((5 + 12 + 4 * 20) / 24).toFixed(2));
    expect(math.suggested).toBe(4);
    expect(math.advice[0]).toMatchObject({ target: 5, value: 5, weight: 1 });
    expect(history).toMatchObject({ subject: { nameTt: "Тарих" }, marks: [], final: { status: "GRADED", value: 5 }, advice: [] });
  });
  it("answers for another term when asked, with nothing in it", async () => {
    const first = await getTermMarks(pupil(), "2026-11-25", "1");
    expect(first?.term.number).toBe(1);
    expect(first?.rows.every((r) => r.marks.length === 0)).toBe(true);
  });
  it("is null for a school without a current year", async () => {
    await db.academicYear.updateMany({ where: { schoolId: other.schoolId }, data: { isCurrent: false } });
    expect(await getTermMarks({ id: other.pupils[0].id, schoolId: other.schoolId }, "2026-11-25")).toBeNull();
  });
});
