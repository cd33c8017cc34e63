import { describe, expect, it } from "vitest";
import { notificationText } from "./text";

const subject = { ru: "Математика", tt: "Математика" };
const workKind = { ru: "контрольная работа", tt: "контроль эш" };

describe("notification text", () => {
  it("names the child for a parent, in the parent's language", () => {
    const m = notificationText({ kind: "mark", child: "Айдар", studentId: 7, subject, value: 5, workKind, date: "2026-12-07" }, "ru", 12);
    expect(m).toEqual({ title: "Айдар: новая оценка", body: "Математика: 5 (контрольная работа)", tag: "n12", url: "/diary/7" });
    const tt = notificationText({ kind: "mark", child: "Айдар", studentId: 7, subject, value: 5, workKind, date: "2026-12-07" }, "tt", 12);
    expect(tt.title).toBe("Айдар: яңа билге");
    expect(tt.body).toBe("Математика: 5 (контроль эш)");
  });

  it("names nobody for the pupil", () => {
    const m = notificationText({ kind: "mark", studentId: 7, subject, value: 4, workKind, date: "2026-12-07" }, "ru", 1);
    expect(m.title).toBe("Новая оценка");
  });

  it("counts the homework of tomorrow's digest with Russian plurals", () => {
    const subjects = [subject, { ru: "Физика", tt: "Физика" }];
    expect(notificationText({ kind: "homework", child: "Әлфия", studentId: 3, subjects, count: 2, date: "2026-12-08" }, "ru", 2).body).toBe(
      "2 задания: Математика, Физика",
    );
  });
});
