"use client";
// One way for admin forms to call an action: field errors next to their fields, a form-level
// message for the rest, translated on the client from the keys the server returns. Inputs stay
// uncontrolled and the submit handler prevents the browser's reset, so nothing typed is lost.
import type { TFunction } from "i18next";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { TServerError } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { parseValidationMessage } from "@/lib/validation";

type TResult<D> = {
  data?: D;
  serverError?: TServerError;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
};

/** "field.required" lives in the errors namespace; "admin:validation.x|3" names its own. */
export function translateMessage(t: TFunction, message: string): string {
  const { key, count } = parseValidationMessage(message);
  return t(key.includes(":") ? key : `errors:${key}`, count === undefined ? {} : { count });
}

export function translateServerError(t: TFunction, error: TServerError): string {
  return t(`errors:${error.code}`, { ...error.params, requestId: error.requestId ?? "" });
}

/** Reads a form's fields into a plain object; repeated names become arrays. */
export function formValues(form: HTMLFormElement): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== "string") continue;
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function useActionForm<I, D>(action: (input: I) => Promise<TResult<D> | undefined>, opts: { onSuccess?: (data: D) => void } = {}) {
  const { t } = useT(["admin", "errors", "common"]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const { onSuccess } = opts;
  // After a failed submit the focus goes to the first field in error (once its message is on the
  // page), not to the page's body: a keyboard or screen-reader user lands where the fix is.
  const submitted = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const form = submitted.current;
    if (!form || Object.keys(fieldErrors).length === 0) return;
    submitted.current = null;
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  // Resolves with the action's data, or undefined when it failed (the messages are then set).
  const run = useCallback(
    (input: I) =>
      new Promise<D | undefined>((resolve) => {
        setIsSaved(false);
        startTransition(async () => {
          let result: TResult<D> | undefined;
          try {
            result = await action(input);
          } catch {
            result = { serverError: { code: "unexpected" } };
          }
          const fields: Record<string, string> = {};
          for (const [path, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
            if (messages?.length) fields[path] = translateMessage(t, messages[0]);
          }
          setFieldErrors(fields);
          const formMessages = result?.validationErrors?.formErrors ?? [];
          if (result?.serverError) setFormError(translateServerError(t, result.serverError));
          else if (formMessages.length) setFormError(translateMessage(t, formMessages[0]));
          else if (result?.validationErrors) setFormError(t("errors:validation"));
          else setFormError(null);
          if (result && !result.serverError && !result.validationErrors) {
            setIsSaved(true);
            onSuccess?.(result.data as D);
            resolve(result.data);
          } else resolve(undefined);
        });
      }),
    [action, onSuccess, t],
  );

  /**
   * A form's submit handler: the fields' values (with whatever `extra` adds) go to the action; on
   * success `reset` clears a form that creates something, and `onDone` gets the result.
   */
  const handleSubmit =
    (extra: (values: Record<string, string | string[]>) => Record<string, unknown> = (v) => v, opts: { reset?: boolean; onDone?: (data: D) => void } = {}) =>
    async (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const formEl = event.currentTarget;
      submitted.current = formEl;
      const data = await run(extra(formValues(formEl)) as I);
      if (data === undefined) return;
      if (opts.reset) formEl.reset();
      opts.onDone?.(data);
    };

  return { run, handleSubmit, pending, fieldErrors, formError, isSaved, error: (path: string) => fieldErrors[path] };
}
