// A parent's home, one child: today's lessons with their marks, the next school day's homework,
// and what is new since the last visit — in three statements, however many lessons there are.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { getChildOverview } from "./overview";
import type { TDiaryPupil } from "./pupil-queries";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let s: TTestSchool;

beforeAll(async () => {
  // Lessons on Monday 23, Tuesday 24 and Wednesday 25 November.
  s = await createTestSchool(db, { pupils: 2 });
  const [monday, tuesday] = s.lessons;
  await db.mark.create({
    data: { schoolId: s.schoolId, lessonId: monday.id, studentId: s.pupils[0].id, workKindId: s.workKinds[0].id, value: 4, authorId: s.teacher.id },
  });
  await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: monday.id, dueLessonId: tuesday.id, dueDate: d("2026-11-24"), text: "№ 5", createdById: s.teacher.id },
  });
});

function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return fn()
    .then((result) => ({ result, statements }))
    .finally(() => {
      pg.Client.prototype.query = original;
    });
}

describe("a child's day on the parent's home", () => {
  it("shows today's lessons with marks, the next day's homework and what is new, in three statements", async () => {
    const pupil: TDiaryPupil = { ...s.pupils[0], schoolId: s.schoolId, className: "5 «А»", unread: 2, since: new Date("2026-11-01T00:00:00Z") };
    const { result, statements } = await statementsOf(() => getChildOverview(pupil, "2026-11-23", new Date("2026-11-23T15:00:00Z")));
    expect(result.today.flatMap((l) => l.marks.map((m) => m.value))).toEqual([4]);
    expect(result.next?.date).toBe("2026-11-24");
    expect(result.next?.lessons.flatMap((l) => l.homework.map((h) => h.text))).toEqual(["№ 5"]);
    expect(result.news.map((n) => n.kind).sort()).toEqual(["homework", "mark"]);
    expect(statements).toBe(3);
  });

  it("shows nothing new after the last visit", async () => {
    const pupil: TDiaryPupil = { ...s.pupils[0], schoolId: s.schoolId, className: null, unread: 0, since: new Date("2027-01-01T00:00:00Z") };
    const { result } = await statementsOf(() => getChildOverview(pupil, "2026-11-25", new Date("2027-01-02T00:00:00Z")));
    expect(result.news).toEqual([]);
    expect(result.next).toBeNull();
  });
});
