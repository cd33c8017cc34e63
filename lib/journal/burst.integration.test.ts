// A burst of cells saved by one call, through the real action chain: every cell written with its
// own audit row, the same burst sent again (a lost answer retried) writing nothing new, and one
// refused cell leaving the others saved.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { saveCellsAction } from "./actions";
import type { TSaveCellArgs } from "./schemas";

let s: TTestSchool;
let answer: number;
beforeEach(async () => {
  s = await createTestSchool(db, { pupils: 3 });
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
});

const cellOf = (studentId: number, value: number, clientKey = randomUUID(), lessonId = s.lessons[0].id): TSaveCellArgs => ({
  assignmentId: s.assignmentId,
  lessonId,
  studentId,
  upsert: [{ key: `k${studentId}`, clientKey, value, workKindId: answer, isPending: false, comment: null }],
  remove: [],
});
const counts = async () => ({
  marks: await db.mark.count({ where: { schoolId: s.schoolId } }),
  audit: await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "mark.create" } }),
});

describe("a burst of cells", () => {
  it("saves every cell with its own audit row, and a resent burst writes nothing new", async () => {
    const cells = s.pupils.map((p, i) => cellOf(p.id, 3 + i));
    const first = await asUser(s.teacher, () => saveCellsAction({ cells }));
    expect(first.serverError).toBeUndefined();
    const results = first.data?.results ?? [];
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(await counts()).toEqual({ marks: 3, audit: 3 });
    const audited = await db.auditEvent.findMany({ where: { schoolId: s.schoolId, action: "mark.create" }, select: { studentId: true, actorId: true } });
    expect(audited.map((a) => a.studentId).sort()).toEqual(s.pupils.map((p) => p.id).sort());
    expect(audited.every((a) => a.actorId === s.teacher.id)).toBe(true);

    // The answer was lost and the grid sends the same burst again: the same marks, no new row.
    const again = await asUser(s.teacher, () => saveCellsAction({ cells }));
    const ids = (r: typeof results) => r.map((x) => (x.ok ? Object.values(x.cell.createdIds) : null));
    expect(ids(again.data?.results ?? [])).toEqual(ids(results));
    expect(await counts()).toEqual({ marks: 3, audit: 3 });
  });

  it("answers a refused cell on its own and keeps the others", async () => {
    const stranger = await createTestSchool(db);
    const cells = [cellOf(s.pupils[0].id, 5), cellOf(stranger.pupils[0].id, 5), cellOf(s.pupils[1].id, 4)];
    const result = await asUser(s.teacher, () => saveCellsAction({ cells }));
    const r = result.data?.results ?? [];
    expect(r.map((x) => x.ok)).toEqual([true, false, true]);
    expect(await counts()).toEqual({ marks: 2, audit: 2 });
    expect(await db.mark.count({ where: { schoolId: stranger.schoolId } })).toBe(0);
  });

  it("refuses a burst of another school's journal as a whole, writing nothing", async () => {
    const stranger = await createTestSchool(db);
    const result = await asUser(stranger.teacher, () => saveCellsAction({ cells: [cellOf(s.pupils[0].id, 5), cellOf(s.pupils[1].id, 5)] }));
    expect(result.serverError?.code).toBeDefined();
    expect(result.data).toBeUndefined();
    expect(await counts()).toEqual({ marks: 0, audit: 0 });
  });
});
