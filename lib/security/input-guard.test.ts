import { describe, expect, it } from "vitest";
import { hasUnstorableText } from "./input-guard";

describe("text PostgreSQL cannot store", () => {
  it("is found anywhere in a payload: NUL bytes and lone surrogates, in values and keys", () => {
    expect(hasUnstorableText("a\u0000b")).toBe(true);
    expect(hasUnstorableText({ topic: "\uD800" })).toBe(true);
    expect(hasUnstorableText({ list: [{ x: "ok" }, { y: "\uDC00tail" }] })).toBe(true);
    expect(hasUnstorableText({ ["k\u0000"]: 1 })).toBe(true);
    expect(hasUnstorableText(new Map([["a", "\u0000"]]))).toBe(true);
    expect(hasUnstorableText(new Set(["\uDFFF\uD800"]))).toBe(true);
  });

  it("is not found in ordinary Russian, Tatar, emoji and HTML text", () => {
    expect(hasUnstorableText({ topic: "Дроби. Әсәр: «Шүрәле»", emoji: "👨‍👩‍👧‍👦", html: "<b>5</b>", n: 5, d: new Date() })).toBe(false);
  });
});
