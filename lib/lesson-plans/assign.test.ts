import { describe, expect, it } from "vitest";
import { assignTopics, shiftTopics, type TPlanLesson } from "./assign";
import { expandTopics, readPlanTable } from "./plan-file";

// Lesson ids are 64-bit, as decimal strings.
const lesson = (id: number, date: string, topic: string | null = null, isCancelled = false): TPlanLesson => ({
  id: String(id),
  date,
  period: 1,
  topic,
  isCancelled,
});

describe("reading a plan", () => {
  it("maps the columns by their names and expands hours into lessons", () => {
    const file = readPlanTable({
      header: ["№ п/п", "Тема урока", "Кол-во часов", "Домашнее задание"],
      rows: [
        { row: 2, cells: ["1", "Натуральные числа", "2", "§1"] },
        { row: 3, cells: ["2", "", "1", ""] },
        { row: 4, cells: ["3", "Дроби", "два", ""] },
        { row: 5, cells: ["4", "Проценты", "", ""] },
      ],
    });
    expect(file.issues).toEqual([
      { row: 3, key: "noTopic" },
      { row: 4, key: "badHours", params: { value: "два" } },
    ]);
    expect(file.lessonCount).toBe(3);
    expect(expandTopics(file.topics)).toEqual([
      { topic: "Натуральные числа", homework: "§1" },
      { topic: "Натуральные числа", homework: "§1" },
      { topic: "Проценты", homework: null },
    ]);
  });

  it("reads Tatar headers and refuses a file without a topic column", () => {
    expect(readPlanTable({ header: ["№", "Дәрес темасы", "Сәгать"], rows: [{ row: 2, cells: ["1", "Кушу", "1"] }] }).topics).toHaveLength(1);
    expect(readPlanTable({ header: ["A", "B"], rows: [{ row: 2, cells: ["1", "2"] }] }).issues).toEqual([{ key: "noTopicColumn" }]);
  });
});

describe("placing topics on lessons", () => {
  const lessons = [
    lesson(1, "2026-09-01"),
    lesson(2, "2026-09-03", "Вводный урок"),
    lesson(3, "2026-09-08", null, true),
    lesson(4, "2026-09-10"),
    lesson(5, "2026-09-15"),
  ];

  it("skips cancelled lessons, keeps existing topics, and says what is left over", () => {
    const r = assignTopics(lessons, [{ topic: "А" }, { topic: "Б" }, { topic: "В" }, { topic: "Г" }], { keepExisting: true });
    expect(r.placements.map((p) => [p.lessonId, p.topic, p.status])).toEqual([
      ["1", "А", "set"],
      ["2", "Вводный урок", "kept"],
      ["4", "Б", "set"],
      ["5", "В", "set"],
    ]);
    expect(r.leftOver).toEqual(["Г"]);
    expect(r.changes.map((c) => c.lessonId)).toEqual(["1", "4", "5"]);
  });

  it("overwrites when asked, and leaves lessons empty when the plan is short", () => {
    const r = assignTopics(lessons, [{ topic: "А" }, { topic: "Б" }], { keepExisting: false });
    expect(r.placements.map((p) => [p.lessonId, p.topic, p.status])).toEqual([
      ["1", "А", "set"],
      ["2", "Б", "set"],
      ["4", null, "empty"],
      ["5", null, "empty"],
    ]);
    expect(r.leftOver).toEqual([]);
  });
});

describe("lessons at the same hour", () => {
  it("are taken in the order of their ids as numbers, not as text", () => {
    const ls = [lesson(10, "2026-09-01"), lesson(9, "2026-09-01")];
    const r = assignTopics(ls, [{ topic: "А" }, { topic: "Б" }], { keepExisting: false });
    expect(r.placements.map((p) => [p.lessonId, p.topic])).toEqual([
      ["9", "А"],
      ["10", "Б"],
    ]);
  });
});

describe("shifting topics after a cancelled lesson", () => {
  it("moves each topic one open lesson on and returns the one pushed past the end", () => {
    const ls = [lesson(1, "2026-09-01", "А"), lesson(2, "2026-09-03", "Б", true), lesson(3, "2026-09-08", "В"), lesson(4, "2026-09-10", "Г")];
    expect(shiftTopics(ls, "2")).toEqual({
      changes: [
        { lessonId: "2", before: "Б", after: null },
        { lessonId: "3", before: "В", after: "Б" },
        { lessonId: "4", before: "Г", after: "В" },
      ],
      leftOver: "Г",
    });
  });
});
