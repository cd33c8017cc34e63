// The cached diary week (lib/cache/pupil-cache.ts) against a real database and the real action
// chain: a week is kept per pupil, so no reader ever gets another child's week; a mark saved
// through the journal is in the week at the next read; and a change committed by another process
// (here: written without the app's own bookkeeping) reaches the cache through the audit log's
// notification.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { listen, pupilCacheForTests } from "@/lib/cache/pupil-cache";
import { db } from "@/lib/db";
import { saveCellAction } from "@/lib/journal/actions";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { cellInput, countStatements } from "../../test/support/statements";
import { getReadablePupil } from "./access";
import { getDiaryWeek } from "./queries";

const WEEK = "2026-11-23";
let s: TTestSchool;
let answer: number;
const wasFlag = process.env.BELEM_PUPIL_CACHE;

/** The week as the diary page reads it: the access check first, then the (cached) week. */
async function weekAs(reader: { id: number }, pupilId: number) {
  return asUser(reader, async () => {
    const user = await getCurrentUser();
    const pupil = user && (await getReadablePupil(user, pupilId));
    return pupil ? getDiaryWeek(pupil, WEEK) : null;
  });
}
const marksOf = (week: Awaited<ReturnType<typeof weekAs>>) => week?.flatMap((l) => l.marks.map((m) => m.value)) ?? null;

beforeAll(async () => {
  process.env.BELEM_PUPIL_CACHE = "1";
  await pupilCacheForTests.reset();
  await listen();
  s = await createTestSchool(db, { pupils: 2 });
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
  await db.mark.create({
    data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, studentId: s.pupils[0].id, workKindId: answer, authorId: s.teacher.id, value: 4 },
  });
});

afterAll(async () => {
  await pupilCacheForTests.reset();
  if (wasFlag === undefined) delete process.env.BELEM_PUPIL_CACHE;
  else process.env.BELEM_PUPIL_CACHE = wasFlag;
});

describe("the cached diary week", () => {
  it("is listening for changes, and a repeated read sends no statement", async () => {
    expect(pupilCacheForTests.isListening()).toBe(true);
    expect(marksOf(await weekAs(s.parent, s.pupils[0].id))).toEqual([4]);
    const again = await countStatements(() => weekAs(s.parent, s.pupils[0].id));
    expect(marksOf(again.result)).toEqual([4]);
    // The session and the access check still run; the week itself is not read again.
    expect(again.statements.some((q) => q.includes('"Mark"') && q.includes("json_agg"))).toBe(false);
  });

  it("never gives a reader another child's week", async () => {
    // The first pupil's week is cached (above); the second pupil reads their own: no marks.
    expect(marksOf(await weekAs(s.pupils[1], s.pupils[1].id))).toEqual([]);
    // The parent of the first pupil may not read the second one's week at all, cached or not.
    expect(await weekAs(s.parent, s.pupils[1].id)).toBeNull();
    // The second pupil asking for the first one's week gets nothing either.
    expect(await weekAs(s.pupils[1], s.pupils[0].id)).toBeNull();
    expect(marksOf(await weekAs(s.pupils[0], s.pupils[0].id))).toEqual([4]);
  });

  it("has a mark saved through the journal at the next read", async () => {
    expect(marksOf(await weekAs(s.parent, s.pupils[0].id))).toEqual([4]);
    const saved = await asUser(s.teacher, () =>
      saveCellAction(cellInput(s, { lessonId: s.lessons[1].id, upsert: [{ key: "c1", value: 5, workKindId: answer, isPending: false, comment: null }] })),
    );
    expect(saved.serverError).toBeUndefined();
    expect(marksOf(await weekAs(s.parent, s.pupils[0].id))).toEqual([4, 5]);
  });

  it("drops a week when another process commits a change of the pupil (the audit log's notification)", async () => {
    expect(marksOf(await weekAs(s.pupils[0], s.pupils[0].id))).toEqual([4, 5]);
    // Written as another app process would: the mark and its audit event, without this process's bookkeeping.
    await db.$transaction([
      db.mark.create({
        data: { schoolId: s.schoolId, lessonId: s.lessons[2].id, studentId: s.pupils[0].id, workKindId: answer, authorId: s.teacher.id, value: 3 },
      }),
      db.auditEvent.create({ data: { schoolId: s.schoolId, action: "mark.create", entityType: "Mark", studentId: s.pupils[0].id, lessonId: s.lessons[2].id } }),
    ]);
    let marks = marksOf(await weekAs(s.pupils[0], s.pupils[0].id));
    for (let i = 0; i < 50 && marks?.length !== 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      marks = marksOf(await weekAs(s.pupils[0], s.pupils[0].id));
    }
    expect(marks).toEqual([4, 5, 3]);
  });
});
