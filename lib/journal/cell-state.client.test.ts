import { describe, expect, it } from "vitest";
import { adoptSavedIds, cellFromServer, cellKey, diffCell, isSameCell, keepIds, parseCellKey } from "./cell-state.client";

const saved = cellFromServer([{ id: "7", value: 5, workKindId: 1, isPending: false, comment: null }], null);

describe("a cell's change", () => {
  it("is nothing when the teacher's cell matches the server's", () => {
    expect(diffCell(saved, saved)).toBeNull();
    expect(isSameCell(saved, { ...saved, marks: [...saved.marks] })).toBe(true);
  });
  it("creates new marks (sending each one's key as its client key), updates changed ones and removes missing ones", () => {
    const desired = {
      marks: [
        { ...saved.marks[0], value: 4 },
        { key: "n1", value: 3, workKindId: 2, isPending: false, comment: "у доски" },
      ],
      absenceCodeId: null,
    };
    expect(diffCell(saved, desired)).toEqual({
      upsert: [
        { id: "7", key: "m7", value: 4, workKindId: 1, isPending: false, comment: null },
        { id: undefined, key: "n1", clientKey: "n1", value: 3, workKindId: 2, isPending: false, comment: "у доски" },
      ],
      remove: [],
    });
    expect(diffCell(saved, { marks: [], absenceCodeId: 2 })).toEqual({ upsert: [], remove: ["7"], absence: { absenceCodeId: 2 } });
  });
  it("gives new marks the ids the server assigned, so a later edit updates them", () => {
    const desired = { marks: [...saved.marks, { key: "n1", value: 3, workKindId: 2, isPending: false, comment: null }], absenceCodeId: null };
    const adopted = adoptSavedIds(desired, { n1: "9" });
    expect(adopted.marks[1].id).toBe("9");
    const server = cellFromServer(
      [
        { id: "7", value: 5, workKindId: 1, isPending: false, comment: null },
        { id: "9", value: 3, workKindId: 2, isPending: false, comment: null },
      ],
      null,
    );
    expect(diffCell(server, adopted)).toBeNull();
  });
  it("keeps ids gained meanwhile when typing rebuilds the cell, so nothing is removed and created again", () => {
    const typedFirst = { marks: [{ key: "s1n0", value: 5, workKindId: 1, isPending: false, comment: null }], absenceCodeId: null };
    const afterSave = adoptSavedIds(typedFirst, { s1n0: "9" });
    const typedSecond = { marks: [{ ...typedFirst.marks[0] }, { key: "s1n1", value: 4, workKindId: 1, isPending: false, comment: null }], absenceCodeId: null };
    const next = keepIds(typedSecond, afterSave);
    expect(next.marks.map((m) => m.id)).toEqual(["9", undefined]);
    const server = cellFromServer([{ id: "9", value: 5, workKindId: 1, isPending: false, comment: null }], null);
    expect(diffCell(server, next)).toEqual({
      upsert: [{ id: undefined, key: "s1n1", clientKey: "s1n1", value: 4, workKindId: 1, isPending: false, comment: null }],
      remove: [],
    });
  });
});

describe("a cell's key", () => {
  it("reads back the lesson and pupil it was made of", () => {
    expect(parseCellKey(cellKey("9007199254740993", 678))).toEqual({ lessonId: "9007199254740993", studentId: 678 });
  });
});
