// A save retried after its answer was lost (the server wrote the mark, the network dropped the
// reply): the mark's client key makes the retry find the mark instead of creating a second one.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { cellInput, journalRowCounts } from "../../test/support/statements";
import { saveCellAction } from "./actions";
import { ClientKeyTakenError, writeCell } from "./cell-write";
import { loadLessonContext } from "./lesson-context";
import { type TSaveCellArgs, ZSaveCellInput } from "./schemas";

let s: TTestSchool;
let answer: number;
beforeEach(async () => {
  s = await createTestSchool(db);
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
});

const cell = (over: Partial<TSaveCellArgs> = {}) => cellInput(s, over);
const typed = (clientKey: string, value = 5) => ({ key: clientKey, clientKey, value, workKindId: answer, isPending: false, comment: null });
const save = (input: TSaveCellArgs) => asUser(s.teacher, () => saveCellAction(input));
// Ids as the action answers them: decimal strings.
const marksOf = (schoolId: number) =>
  db.mark
    .findMany({ where: { schoolId }, orderBy: { id: "asc" }, select: { id: true, value: true, clientKey: true } })
    .then((rows) => rows.map((m) => ({ ...m, id: String(m.id) })));
const eventsOf = (schoolId: number) =>
  db.auditEvent.findMany({ where: { schoolId }, orderBy: { id: "asc" }, select: { action: true, entityId: true, before: true, after: true } });

describe("a retried save of a new mark", () => {
  it("finds the mark the lost answer was about: one mark, one audit event, the same id answered", async () => {
    const key = randomUUID();
    const first = await save(cell({ upsert: [typed(key)] }));
    const retry = await save(cell({ upsert: [typed(key)] }));
    const id = first.data!.createdIds[key];
    expect(retry.serverError).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(await marksOf(s.schoolId)).toEqual([{ id, value: 5, clientKey: key }]);
    expect((await eventsOf(s.schoolId)).map((e) => [e.action, e.entityId])).toEqual([["mark.create", String(id)]]);
  });

  it("updates that mark when the teacher typed something else before the retry", async () => {
    const key = randomUUID();
    const id = (await save(cell({ upsert: [typed(key, 5)] }))).data!.createdIds[key];
    const retry = await save(cell({ upsert: [typed(key, 3)] }));
    expect(retry.data!.createdIds).toEqual({ [key]: id });
    expect(retry.data!.marks).toEqual([{ id, value: 3, workKindId: answer, isPending: false, comment: null }]);
    expect(await marksOf(s.schoolId)).toEqual([{ id, value: 3, clientKey: key }]);
    expect(await eventsOf(s.schoolId)).toMatchObject([
      { action: "mark.create", entityId: String(id), after: { value: 5 } },
      { action: "mark.update", entityId: String(id), before: { value: 5 }, after: { value: 3 } },
    ]);
  });

  it("creates the mark once when the retry runs alongside the original", async () => {
    const key = randomUUID();
    const answers = await Promise.all([save(cell({ upsert: [typed(key)] })), save(cell({ upsert: [typed(key)] }))]);
    const [id] = (await marksOf(s.schoolId)).map((m) => m.id);
    expect(answers.map((a) => a.data?.createdIds[key])).toEqual([id, id]);
    expect(await marksOf(s.schoolId)).toHaveLength(1);
    expect((await eventsOf(s.schoolId)).map((e) => e.action)).toEqual(["mark.create"]);
  });

  it("writes nothing when its key was taken after the cell was read, so the save can read it again", async () => {
    const key = randomUUID();
    const stale = (await loadLessonContext(s.lessons[0].id, { studentId: s.pupils[0].id, clientKeys: [key] }))!;
    await save(cell({ upsert: [typed(key)] }));
    const before = await journalRowCounts(db, s.schoolId);
    const input = cell({ upsert: [typed(key, 4)], absence: { absenceCodeId: s.absenceCodes[0].id } });
    await expect(writeCell(stale, ZSaveCellInput.parse(input), s.teacher.id)).rejects.toBeInstanceOf(ClientKeyTakenError);
    await expect(writeCell(stale, ZSaveCellInput.parse(cell({ upsert: [typed(key, 4)] })), s.teacher.id)).rejects.toBeInstanceOf(ClientKeyTakenError);
    expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
  });

  it("keeps marks sent without a client key working as before (scripts, older clients)", async () => {
    const plain = { key: "n1", value: 4, workKindId: answer, isPending: false, comment: null };
    await save(cell({ upsert: [plain] }));
    await save(cell({ upsert: [plain] }));
    expect((await marksOf(s.schoolId)).map((m) => m.clientKey)).toEqual([null, null]);
  });
});

describe("a client key that names another mark", () => {
  it("is refused when it is a mark of another cell of the school, and nothing changes", async () => {
    const key = randomUUID();
    await save(cell({ upsert: [typed(key)] }));
    const before = await journalRowCounts(db, s.schoolId);
    const marks = await marksOf(s.schoolId);
    for (const other of [cell({ studentId: s.pupils[1].id }), cell({ lessonId: s.lessons[1].id })]) {
      const result = await save({ ...other, upsert: [typed(key, 2)], absence: { absenceCodeId: s.absenceCodes[0].id } });
      expect(result.serverError?.code).toBe("conflict");
      expect(result.data).toBeUndefined();
    }
    expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
    expect(await marksOf(s.schoolId)).toEqual(marks);
  });

  it("is never looked up in another school: that school's mark is untouched and nothing of it is answered", async () => {
    const other = await createTestSchool(db);
    const key = randomUUID();
    const theirs = await asUser(other.teacher, () =>
      saveCellAction({
        assignmentId: other.assignmentId,
        lessonId: other.lessons[0].id,
        studentId: other.pupils[0].id,
        upsert: [{ ...typed(key), workKindId: other.workKinds[0].id }],
        remove: [],
      }),
    );
    const theirId = theirs.data!.createdIds[key];
    const otherBefore = { rows: await journalRowCounts(db, other.schoolId), marks: await marksOf(other.schoolId), events: await eventsOf(other.schoolId) };
    const ours = await save(cell({ upsert: [typed(key, 2)] }));
    const ourId = ours.data!.createdIds[key];
    expect(ourId).not.toBe(theirId);
    expect(ours.data!.marks).toEqual([{ id: ourId, value: 2, workKindId: answer, isPending: false, comment: null }]);
    expect({ rows: await journalRowCounts(db, other.schoolId), marks: await marksOf(other.schoolId), events: await eventsOf(other.schoolId) }).toEqual(
      otherBefore,
    );
  });

  it("is a field error when it is not a UUID or is sent twice in one save, and nothing is written", async () => {
    const before = await journalRowCounts(db, s.schoolId);
    const key = randomUUID();
    for (const upsert of [[typed("n1")], [typed(key), { ...typed(key), key: "other" }]]) {
      const result = await save(cell({ upsert }));
      expect(result.validationErrors).toBeDefined();
    }
    expect(await journalRowCounts(db, s.schoolId)).toEqual(before);
  });
});
