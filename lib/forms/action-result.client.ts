// One reading of a server action's result on the client, for every form, tick, dialog and journal
// cell: the data on success; otherwise the error and the field errors, untranslated (codes and
// keys the server returned). An unexpected error carries the request id the server logged with it,
// and its message shows that id, so a person can quote it to whoever reads the logs.
import type { TFunction } from "i18next";
import type { TServerError } from "@/lib/errors";
import { parseValidationMessage } from "@/lib/validation";

export type TActionResult<D> = {
  data?: D;
  serverError?: TServerError;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
};

export type TActionOutcome<D> =
  | { ok: true; data: D }
  | {
      ok: false;
      /** "validation" when only field or form messages came back; "unexpected" when nothing did. */
      error: TServerError;
      /** The first message of each field, a translation key ("field.required", "admin:validation.x|3"). */
      fieldErrors: Record<string, string>;
      /** The first form-level validation message, if any. */
      formError: string | null;
    };

export function readActionResult<D>(result: TActionResult<D> | undefined): TActionOutcome<D> {
  if (result && !result.serverError && !result.validationErrors) return { ok: true, data: result.data as D };
  const fieldErrors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
    if (messages?.length) fieldErrors[path] = messages[0];
  }
  const error: TServerError = result?.serverError ?? { code: result?.validationErrors ? "validation" : "unexpected" };
  return { ok: false, error, fieldErrors, formError: result?.validationErrors?.formErrors?.[0] ?? null };
}

/** "field.required" lives in the errors namespace; "admin:validation.x|3" names its own. */
export function translateMessage(t: TFunction, message: string): string {
  const { key, count } = parseValidationMessage(message);
  return t(key.includes(":") ? key : `errors:${key}`, count === undefined ? {} : { count });
}

/** The error's message; an unexpected one with its request id ("—" when the server never answered). */
export function translateServerError(t: TFunction, error: TServerError): string {
  return t(`errors:${error.code}`, { ...error.params, requestId: error.requestId ?? "—" });
}
