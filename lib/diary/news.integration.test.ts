// "What's new": marks and homework since the reader's last visit of one pupil's feed, counted for
// the navigation, listed in the feed, and marked read per reader and per child.
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { addDays, schoolToday } from "@/lib/i18n/dates";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { revalidated } from "@/test/support/next-cache";
import { asUser } from "@/test/support/session";
import { markDiaryReadAction } from "./actions";
import { getDiaryFeed } from "./feed-queries";
import { NEWS_HOMEWORK_LESSON_DAYS } from "./news";
import { getDiaryPupils, getDiaryUnreadTotal } from "./pupil-queries";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const ago = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
let s: TTestSchool;

const unreadOf = (who: { id: number }) =>
  asUser(who, async () => Object.fromEntries((await getDiaryPupils(await requireUser())).map((p) => [p.id, p.unread])) as Record<number, number>);
const totalOf = (who: { id: number }) => asUser(who, async () => getDiaryUnreadTotal(await requireUser()));
const mark = (studentId: number, value: number, createdAt = new Date()) =>
  db.mark.create({
    data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, studentId, workKindId: s.workKinds[0].id, value, authorId: s.teacher.id, createdAt },
  });

beforeAll(async () => {
  s = await createTestSchool(db, { lessonDates: ["2026-11-23", "2026-11-24", "2026-11-25"] });
  await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: s.parent.id, childId: s.pupils[1].id } });
  await mark(s.pupils[0].id, 5);
  await mark(s.pupils[0].id, 3, ago(30)); // older than a first visit's week: not new
  await mark(s.pupils[1].id, 4);
  await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, dueDate: d("2026-11-26"), text: "Упражнение 5", createdById: s.teacher.id },
  });
});

describe("on a first visit", () => {
  it("the last week's marks and homework of each child are new, to the parent and the student alike", async () => {
    expect(await unreadOf(s.parent)).toEqual({ [s.pupils[0].id]: 2, [s.pupils[1].id]: 2 });
    expect(await totalOf(s.parent)).toBe(4);
    expect(await totalOf(s.pupils[0])).toBe(2);
    expect(await totalOf(s.teacher)).toBe(0);
  });

  it("the feed lists them newest first, flagged new, with two weeks of history", async () => {
    const feed = await getDiaryFeed(s.parent.id, { id: s.pupils[0].id, schoolId: s.schoolId });
    expect(feed.items.map((i) => [i.kind, i.isNew])).toEqual([
      ["homework", true],
      ["mark", true],
    ]);
    expect(feed.items[1]).toMatchObject({ kind: "mark", value: 5, lessonDate: "2026-11-23", subject: { nameRu: "Математика" }, workKind: { weight: 1 } });
    expect(feed.items[0]).toMatchObject({ kind: "homework", text: "Упражнение 5", dueDate: "2026-11-26" });
  });
});

describe("marking read", () => {
  it("clears one child's count for this reader only", async () => {
    const result = await asUser(s.parent, () => markDiaryReadAction({ studentId: s.pupils[0].id, upTo: new Date().toISOString() }));
    expect(result?.serverError).toBeUndefined();
    expect(revalidated).toContain(`/diary/${s.pupils[0].id}`);
    expect(await unreadOf(s.parent)).toEqual({ [s.pupils[0].id]: 0, [s.pupils[1].id]: 2 });
    // The student's own count is theirs.
    expect(await totalOf(s.pupils[0])).toBe(2);
  });

  it("keeps the feed's history, no longer flagged new, and counts what comes after", async () => {
    const pupil = { id: s.pupils[0].id, schoolId: s.schoolId };
    expect((await getDiaryFeed(s.parent.id, pupil)).items.map((i) => i.isNew)).toEqual([false, false]);
    const fresh = await mark(s.pupils[0].id, 2, new Date(Date.now() + 1000));
    expect((await unreadOf(s.parent))[s.pupils[0].id]).toBe(1);
    const feed = await getDiaryFeed(s.parent.id, pupil, new Date(Date.now() + 2000));
    expect(feed.items.filter((i) => i.isNew).map((i) => i.id)).toEqual([String(fresh.id)]);
  });

  it("never moves back when an older page marks read later", async () => {
    await asUser(s.parent, () => markDiaryReadAction({ studentId: s.pupils[1].id, upTo: new Date().toISOString() }));
    await asUser(s.parent, () => markDiaryReadAction({ studentId: s.pupils[1].id, upTo: ago(20).toISOString() }));
    expect((await unreadOf(s.parent))[s.pupils[1].id]).toBe(0);
  });

  it("answers not found for a child who is not the reader's, and writes nothing", async () => {
    const result = await asUser(s.parent, () => markDiaryReadAction({ studentId: s.pupils[2].id, upTo: new Date().toISOString() }));
    expect(result?.serverError?.code).toBe("not_found");
    expect(await db.diaryReadState.count({ where: { readerId: s.parent.id, studentId: s.pupils[2].id } })).toBe(0);
  });

  it("rejects a malformed time with a field error", async () => {
    const result = await asUser(s.parent, () => markDiaryReadAction({ studentId: s.pupils[0].id, upTo: "yesterday" }));
    expect(result?.validationErrors?.fieldErrors.upTo?.[0]).toMatch(/^field\./);
  });
});

describe("the unread count's bound", () => {
  it("counts homework set at the pupil's lessons of the last weeks, not at a lesson of long ago", async () => {
    const pupil = s.pupils[2];
    const today = schoolToday();
    const lessonOn = async (daysAgo: number) =>
      (await db.lesson.create({ data: { schoolId: s.schoolId, assignmentId: s.assignmentId, date: d(addDays(today, -daysAgo)), period: 7 } })).id;
    const [recent, old] = [await lessonOn(10), await lessonOn(NEWS_HOMEWORK_LESSON_DAYS + 1)];
    const before = (await unreadOf(pupil))[pupil.id];
    for (const lessonId of [recent, old]) {
      await db.homework.create({ data: { schoolId: s.schoolId, lessonId, dueDate: d(addDays(today, 1)), text: "Проект", createdById: s.teacher.id } });
    }
    expect((await unreadOf(pupil))[pupil.id]).toBe(before + 1);
  });
});
