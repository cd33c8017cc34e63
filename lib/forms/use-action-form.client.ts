"use client";
// One way for admin forms to call an action: field errors next to their fields, a form-level
// message for the rest, translated on the client from the keys the server returns. Inputs stay
// uncontrolled and the submit handler prevents the browser's reset, so nothing typed is lost.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useT } from "@/lib/i18n/translation.client";
import { readActionResult, type TActionResult, translateMessage, translateServerError } from "./action-result.client";

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

export function useActionForm<I, D>(action: (input: I) => Promise<TActionResult<D> | undefined>, opts: { onSuccess?: (data: D) => void } = {}) {
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
          let result: TActionResult<D> | undefined;
          try {
            result = await action(input);
          } catch {
            result = { serverError: { code: "unexpected" } };
          }
          const r = readActionResult(result);
          if (r.ok) {
            setFieldErrors({});
            setFormError(null);
            setIsSaved(true);
            onSuccess?.(r.data);
            resolve(r.data);
            return;
          }
          setFieldErrors(Object.fromEntries(Object.entries(r.fieldErrors).map(([path, message]) => [path, translateMessage(t, message)])));
          setFormError(r.formError ? translateMessage(t, r.formError) : translateServerError(t, r.error));
          resolve(undefined);
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
