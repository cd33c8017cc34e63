// Expected failures of an action: a code that is a key in locales/*/errors.json, plus values for
// its placeholders. The client translates; nothing here is user-visible text.
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "validation",
  "term_locked",
  "not_enrolled",
  "value_not_allowed",
  "grade_not_marked",
  "lesson_mismatch",
  "conflict",
  "rate_limited",
  "role_not_held",
  "unexpected",
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export class ActionError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "ActionError";
  }
}

export type TServerError = { code: TErrorCode; params?: Record<string, string | number>; requestId?: string };
