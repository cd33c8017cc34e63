// What a teacher types into a journal cell: "5", "54" (two marks), "н" (an absence), "." (a
// pending point). Letters of either language's absence codes are accepted, and a letter typed on a
// Latin keyboard layout is read as the Cyrillic letter on the same key, so a teacher who forgot to
// switch layouts still gets "н" from the key marked Y. Pure.
import type { TCellState, TDraftMark } from "./cell-state.client";

export type TAbsenceLetter = { id: number; letterRu: string; letterTt: string };

export type TTypingContext = {
  allowedValues: readonly number[];
  absenceCodes: readonly TAbsenceLetter[];
  defaultWorkKindId: number;
  /** False in grades that get no marks (attendance only). */
  canMark: boolean;
  /** The reader's language: its letters win when both languages use one letter differently. */
  lng: "ru" | "tt";
};

export type TTypedToken = { kind: "mark"; value: number } | { kind: "pending" } | { kind: "absence"; absenceCodeId: number };
export type TTypingError = "value_not_allowed" | "grade_not_marked" | "unknown_code";

/**
 * ЙЦУКЕН letters under the QWERTY keys, key by key (escaped: lib/ code holds no Cyrillic literals).
 * "йцукенгшщзхъфывапролджэячсмитьбё" under "qwertyuiop[]asdfghjkl;'zxcvbnm,`".
 */
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,`";
const CYRILLIC_KEYS =
  "\u0439\u0446\u0443\u043a\u0435\u043d\u0433\u0448\u0449\u0437\u0445\u044a\u0444\u044b\u0432\u0430\u043f\u0440\u043e\u043b\u0434\u0436\u044d\u044f\u0447\u0441\u043c\u0438\u0442\u044c\u0431\u0451";
const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries([...LATIN_KEYS].map((k, i) => [k, CYRILLIC_KEYS[i]]));

const PENDING_CHARS = new Set([".", "•", "*"]);

function findAbsence(letter: string, ctx: TTypingContext): number | undefined {
  const l = letter.toLocaleLowerCase("ru");
  const own = ctx.lng === "tt" ? "letterTt" : "letterRu";
  const other = ctx.lng === "tt" ? "letterRu" : "letterTt";
  return ctx.absenceCodes.find((c) => c[own].toLocaleLowerCase("ru") === l)?.id ?? ctx.absenceCodes.find((c) => c[other].toLocaleLowerCase("ru") === l)?.id;
}

/** One typed character: a token, an error, or null when the character means nothing in a cell. */
export function parseChar(char: string, ctx: TTypingContext): TTypedToken | { error: TTypingError } | null {
  if (char.length !== 1) return null;
  if (/^[0-9]$/.test(char)) {
    if (!ctx.canMark) return { error: "grade_not_marked" };
    const value = Number(char);
    return ctx.allowedValues.includes(value) ? { kind: "mark", value } : { error: "value_not_allowed" };
  }
  if (PENDING_CHARS.has(char)) return ctx.canMark ? { kind: "pending" } : { error: "grade_not_marked" };
  if (!/\p{L}|[[\];',`]/u.test(char)) return null;
  const direct = findAbsence(char, ctx);
  if (direct !== undefined) return { kind: "absence", absenceCodeId: direct };
  const mapped = LATIN_TO_CYRILLIC[char.toLowerCase()];
  const viaLayout = mapped ? findAbsence(mapped, ctx) : undefined;
  return viaLayout !== undefined ? { kind: "absence", absenceCodeId: viaLayout } : { error: "unknown_code" };
}

/** A whole typed text ("54", "н", "5 4", "4/5"): its tokens, or the first error. */
export function parseCellText(text: string, ctx: TTypingContext): { tokens: TTypedToken[] } | { error: TTypingError } {
  const tokens: TTypedToken[] = [];
  for (const char of text.trim()) {
    if (/[\s/]/.test(char)) continue;
    const token = parseChar(char, ctx);
    if (token === null) continue;
    if ("error" in token) return token;
    tokens.push(token);
  }
  return { tokens };
}

/**
 * The cell after typing `tokens` into it, starting from what it held when the teacher arrived:
 * the n-th typed mark sets the n-th mark of the cell (keeping its kind of work and comment) or adds
 * one with the default kind; a letter sets the absence. Marks beyond those typed are kept.
 */
export function applyTokens(base: TCellState, tokens: readonly TTypedToken[], ctx: TTypingContext, newKey: () => string): TCellState {
  const marks: TDraftMark[] = [...base.marks];
  let absenceCodeId = base.absenceCodeId;
  let position = 0;
  for (const token of tokens) {
    if (token.kind === "absence") {
      absenceCodeId = token.absenceCodeId;
      continue;
    }
    const value = token.kind === "mark" ? token.value : null;
    const isPending = token.kind === "pending";
    const existing = marks[position];
    marks[position] = existing ? { ...existing, value, isPending } : { key: newKey(), value, isPending, workKindId: ctx.defaultWorkKindId, comment: null };
    position++;
  }
  return { marks, absenceCodeId };
}

/** How a mark reads in a cell: its value, or a dot for a pending point. */
export function markLabel(mark: { value: number | null; isPending: boolean }): string {
  return mark.isPending || mark.value === null ? "•" : String(mark.value);
}
