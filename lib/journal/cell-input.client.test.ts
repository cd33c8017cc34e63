import { describe, expect, it } from "vitest";
import { applyTokens, markLabel, parseCellText, parseChar, type TTypingContext } from "./cell-input.client";

const ctx: TTypingContext = {
  allowedValues: [2, 3, 4, 5],
  absenceCodes: [
    { id: 1, letterRu: "Н", letterTt: "Н" },
    { id: 2, letterRu: "Б", letterTt: "А" },
    { id: 3, letterRu: "У", letterTt: "С" },
    { id: 4, letterRu: "О", letterTt: "К" },
  ],
  defaultWorkKindId: 10,
  canMark: true,
  lng: "ru",
};
let n = 0;
const newKey = () => `n${++n}`;

describe("typing into a cell", () => {
  it("reads 5, 54 and a pending point", () => {
    expect(parseCellText("5", ctx)).toEqual({ tokens: [{ kind: "mark", value: 5 }] });
    expect(parseCellText("54", ctx)).toEqual({
      tokens: [
        { kind: "mark", value: 5 },
        { kind: "mark", value: 4 },
      ],
    });
    expect(parseCellText("4/5", ctx)).toEqual({
      tokens: [
        { kind: "mark", value: 4 },
        { kind: "mark", value: 5 },
      ],
    });
    expect(parseCellText(".", ctx)).toEqual({ tokens: [{ kind: "pending" }] });
  });
  it("refuses values outside the school's scale", () => {
    expect(parseChar("1", ctx)).toEqual({ error: "value_not_allowed" });
    expect(parseCellText("56", ctx)).toEqual({ error: "value_not_allowed" });
    expect(parseChar("1", { ...ctx, allowedValues: [1, 2, 3, 4, 5] })).toEqual({ kind: "mark", value: 1 });
  });
  it("refuses marks in a grade that gets none, but takes its absences", () => {
    expect(parseChar("5", { ...ctx, canMark: false })).toEqual({ error: "grade_not_marked" });
    expect(parseChar("н", { ...ctx, canMark: false })).toEqual({ kind: "absence", absenceCodeId: 1 });
  });
  it("reads absence letters of either language, in either case", () => {
    expect(parseChar("н", ctx)).toEqual({ kind: "absence", absenceCodeId: 1 });
    expect(parseChar("Б", ctx)).toEqual({ kind: "absence", absenceCodeId: 2 });
    expect(parseChar("а", ctx)).toEqual({ kind: "absence", absenceCodeId: 2 });
    expect(parseChar("к", { ...ctx, lng: "tt" })).toEqual({ kind: "absence", absenceCodeId: 4 });
  });
  it("prefers the reader's language when one letter means different codes", () => {
    const clash = {
      ...ctx,
      absenceCodes: [
        { id: 1, letterRu: "А", letterTt: "Н" },
        { id: 2, letterRu: "Б", letterTt: "А" },
      ],
    };
    expect(parseChar("а", clash)).toEqual({ kind: "absence", absenceCodeId: 1 });
    expect(parseChar("а", { ...clash, lng: "tt" })).toEqual({ kind: "absence", absenceCodeId: 2 });
  });
  it("reads a letter typed on the Latin layout as the Cyrillic one on that key", () => {
    expect(parseChar("y", ctx)).toEqual({ kind: "absence", absenceCodeId: 1 });
    expect(parseChar(",", ctx)).toEqual({ kind: "absence", absenceCodeId: 2 });
    expect(parseChar("z", ctx)).toEqual({ error: "unknown_code" });
  });
  it("ignores keys that mean nothing in a cell", () => {
    expect(parseChar("Shift", ctx)).toBeNull();
    expect(parseChar("+", ctx)).toBeNull();
  });
});

describe("what typing does to a cell", () => {
  const base = {
    marks: [{ id: "1", key: "m1", value: 3, workKindId: 11, isPending: false, comment: "тест" }],
    absenceCodeId: null,
  };
  it("adds marks with the default kind to an empty cell", () => {
    const out = applyTokens(
      { marks: [], absenceCodeId: null },
      [
        { kind: "mark", value: 5 },
        { kind: "mark", value: 4 },
      ],
      ctx,
      newKey,
    );
    expect(out.marks.map((m) => [m.value, m.workKindId, m.id])).toEqual([
      [5, 10, undefined],
      [4, 10, undefined],
    ]);
  });
  it("corrects the first mark in place, keeping its kind and comment, then adds", () => {
    const out = applyTokens(
      base,
      [
        { kind: "mark", value: 4 },
        { kind: "mark", value: 5 },
      ],
      ctx,
      newKey,
    );
    expect(out.marks[0]).toEqual({ id: "1", key: "m1", value: 4, workKindId: 11, isPending: false, comment: "тест" });
    expect(out.marks[1]).toMatchObject({ value: 5, workKindId: 10 });
  });
  it("sets an absence without touching the marks, and a point as a pending mark", () => {
    expect(applyTokens(base, [{ kind: "absence", absenceCodeId: 2 }], ctx, newKey)).toEqual({ ...base, absenceCodeId: 2 });
    const pending = applyTokens({ marks: [], absenceCodeId: null }, [{ kind: "pending" }], ctx, newKey);
    expect(pending.marks[0]).toMatchObject({ value: null, isPending: true });
    expect(markLabel(pending.marks[0])).toBe("•");
  });
});
