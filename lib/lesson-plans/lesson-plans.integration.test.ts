// A plan file into a journal: preview writes nothing, apply writes every topic with one audit
// event, undo restores the topics before it, a plan from .xlsx reads like the CSV, a cancelled
// lesson's topics shift on, the plan's homework column sets homework where a lesson has none (and
// undo takes it back), and a bad file changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { applyLessonPlanAction, copyLessonPlanAction, previewLessonPlanAction, shiftTopicsAction, undoLessonPlanAction } from "./actions";

const DATES = ["2026-11-23", "2026-11-25", "2026-11-30", "2026-12-02", "2026-12-07"];
const csv = (rows: string[]) => Buffer.from(["№;Тема урока;Часы;Домашнее задание", ...rows].join("\n")).toString("base64");
const topicsOf = async (assignmentId: number) =>
  (await db.lesson.findMany({ where: { assignmentId }, orderBy: [{ date: "asc" }, { id: "asc" }], select: { topic: true } })).map((l) => l.topic);

describe("lesson plans", () => {
  it("previews, applies with one audit event, undoes, and applies again", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES });
    await db.lesson.update({ where: { id: s.lessons[1].id }, data: { topic: "Контрольная работа" } });
    const file = csv(["1;Дроби;2;§1", "2;Сложение дробей;1;", "3;Вычитание дробей;1;", "4;Умножение дробей;1;"]);
    const input = { assignmentId: s.assignmentId, fileBase64: file, fileName: "ктп.csv", keepExisting: true };
    const preview = await asUser(s.teacher, () => previewLessonPlanAction(input));
    expect(preview?.data).toMatchObject({ issues: [], topicCount: 4, lessonCount: 5, changeCount: 4 });
    expect(preview?.data?.placements.map((p) => [p.date, p.topic, p.status])).toEqual([
      ["2026-11-23", "Дроби", "set"],
      ["2026-11-25", "Контрольная работа", "kept"],
      ["2026-11-30", "Дроби", "set"],
      ["2026-12-02", "Сложение дробей", "set"],
      ["2026-12-07", "Вычитание дробей", "set"],
    ]);
    expect(preview?.data?.leftOver).toEqual(["Умножение дробей"]);
    expect(await topicsOf(s.assignmentId)).toEqual([null, "Контрольная работа", null, null, null]);

    await asUser(s.teacher, () => applyLessonPlanAction({ ...input, digest: preview!.data!.digest }));
    expect(await topicsOf(s.assignmentId)).toEqual(["Дроби", "Контрольная работа", "Дроби", "Сложение дробей", "Вычитание дробей"]);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "lessonPlan.apply" } })).toBe(1);

    await asUser(s.teacher, () => undoLessonPlanAction({ assignmentId: s.assignmentId }));
    expect(await topicsOf(s.assignmentId)).toEqual([null, "Контрольная работа", null, null, null]);
    const nothing = await asUser(s.teacher, () => undoLessonPlanAction({ assignmentId: s.assignmentId }));
    expect(nothing?.serverError?.code).toBe("not_found");

    const again = await asUser(s.teacher, () => previewLessonPlanAction({ ...input, keepExisting: false }));
    await asUser(s.teacher, () => applyLessonPlanAction({ ...input, keepExisting: false, digest: again!.data!.digest }));
    expect(await topicsOf(s.assignmentId)).toEqual(["Дроби", "Дроби", "Сложение дробей", "Вычитание дробей", "Умножение дробей"]);
  });

  it("reads an .xlsx plan like the CSV, and refuses a stale preview", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES });
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("КТП");
    sheet.addRow(["№", "Тема", "Кол-во часов"]);
    sheet.addRow([1, "Дроби", 2]);
    sheet.addRow([2, "Проценты", 1]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
    const input = { assignmentId: s.assignmentId, fileBase64: xlsx, keepExisting: true };
    const preview = await asUser(s.teacher, () => previewLessonPlanAction(input));
    expect(preview?.data?.placements.map((p) => p.topic)).toEqual(["Дроби", "Дроби", "Проценты", null, null]);
    await db.lesson.update({ where: { id: s.lessons[0].id }, data: { topic: "Вписано вручную" } });
    const stale = await asUser(s.teacher, () => applyLessonPlanAction({ ...input, digest: preview!.data!.digest }));
    expect(stale?.serverError?.code).toBe("conflict");
    expect(await topicsOf(s.assignmentId)).toEqual(["Вписано вручную", null, null, null, null]);
  });

  it("names a bad file's problems and writes nothing; a homeroom teacher may not load a plan", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES });
    const bad = Buffer.from("Фамилия;Имя\nИванов;Иван\n").toString("base64");
    const preview = await asUser(s.teacher, () => previewLessonPlanAction({ assignmentId: s.assignmentId, fileBase64: bad }));
    expect(preview?.data?.issues).toEqual([{ key: "noTopicColumn" }]);
    const apply = await asUser(s.teacher, () => applyLessonPlanAction({ assignmentId: s.assignmentId, fileBase64: bad, digest: preview!.data!.digest }));
    expect(apply?.serverError?.code).toBe("validation");
    const homeroom = await asUser(s.homeroom, () => previewLessonPlanAction({ assignmentId: s.assignmentId, fileBase64: csv(["1;Тема;1;"]) }));
    expect(homeroom?.serverError?.code).toBe("not_found");
    expect(await topicsOf(s.assignmentId)).toEqual([null, null, null, null, null]);
  });

  it("moves topics one lesson on after a cancelled lesson, and copies a parallel class's topics", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES });
    const topics = ["А", "Б", "В", "Г", "Д"];
    for (const [i, l] of s.lessons.entries()) await db.lesson.update({ where: { id: l.id }, data: { topic: topics[i] } });
    await db.lesson.update({ where: { id: s.lessons[1].id }, data: { isCancelled: true } });
    const shifted = await asUser(s.teacher, () => shiftTopicsAction({ assignmentId: s.assignmentId, lessonId: s.lessons[1].id }));
    expect(shifted?.data?.leftOver).toBe("Д");
    expect(await topicsOf(s.assignmentId)).toEqual(["А", null, "Б", "В", "Г"]);

    const cls = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "Б" }, select: { id: true } });
    const parallel = await db.teachingAssignment.create({
      data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.teacher.id, subjectId: s.subjectId, classId: cls.id },
      select: { id: true },
    });
    for (const date of DATES.slice(0, 3))
      await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: parallel.id, date: new Date(`${date}T00:00:00Z`), period: 2 } });
    const copied = await asUser(s.teacher, () => copyLessonPlanAction({ assignmentId: parallel.id, fromAssignmentId: s.assignmentId }));
    expect(copied?.data).toEqual({ changed: 3, leftOver: 1 });
    expect(await topicsOf(parallel.id)).toEqual(["А", "Б", "В"]);
  });

  it("sets the plan's homework on lessons without any, due at the next lesson held; undo takes back what the teacher left as it was", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES });
    const [l0, l1, l2, l3, l4] = s.lessons;
    await db.lesson.update({ where: { id: l3.id }, data: { isCancelled: true } });
    await db.homework.create({
      data: { schoolId: s.schoolId, lessonId: l1.id, dueLessonId: l2.id, dueDate: l2.date, text: "Своё задание", createdById: s.teacher.id },
    });
    const file = csv(["1;Дроби;2;§1, № 1–5", "2;Сложение дробей;1;§2", "3;Вычитание дробей;1;"]);
    const input = { assignmentId: s.assignmentId, fileBase64: file, fileName: "ктп.csv", keepExisting: true };
    const preview = await asUser(s.teacher, () => previewLessonPlanAction(input));
    expect(preview?.data?.homeworkCount).toBe(2);
    const applied = await asUser(s.teacher, () => applyLessonPlanAction({ ...input, digest: preview!.data!.digest }));
    expect(applied?.data).toEqual({ changed: 4, homework: 2 });
    const homework = async () =>
      (
        await db.homework.findMany({
          where: { schoolId: s.schoolId },
          orderBy: [{ lesson: { date: "asc" } }, { id: "asc" }],
          select: { lessonId: true, dueLessonId: true, dueDate: true, text: true },
        })
      ).map((h) => [h.lessonId, h.dueLessonId, h.dueDate.toISOString().slice(0, 10), h.text]);
    // The cancelled lesson is skipped: the second topic's homework is due at the last lesson.
    expect(await homework()).toEqual([
      [l0.id, l1.id, "2026-11-25", "§1, № 1–5"],
      [l1.id, l2.id, "2026-11-30", "Своё задание"],
      [l2.id, l4.id, "2026-12-07", "§2"],
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { schoolId: s.schoolId, action: "lessonPlan.apply" }, select: { after: true } });
    expect((event.after as { homework: { lessonId: string }[] }).homework.map((h) => h.lessonId)).toEqual([String(l0.id), String(l2.id)]);

    // The teacher rewrote one of the plan's homework: undo keeps it, and the teacher's own.
    await db.homework.updateMany({ where: { lessonId: l2.id }, data: { text: "§2 и § 3" } });
    const undone = await asUser(s.teacher, () => undoLessonPlanAction({ assignmentId: s.assignmentId }));
    expect(undone?.serverError).toBeUndefined();
    expect(await homework()).toEqual([
      [l1.id, l2.id, "2026-11-30", "Своё задание"],
      [l2.id, l4.id, "2026-12-07", "§2 и § 3"],
    ]);
    expect(await topicsOf(s.assignmentId)).toEqual([null, null, null, null, null]);
  });
});
