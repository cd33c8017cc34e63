// Field errors of an action as { "terms.1.startDate": [...] }: next-safe-action's flattened shape
// keeps one level and drops errors of nested fields (a term in a year, a row of a bell schedule),
// so admin forms use dotted paths instead. Messages stay translation keys ("field.required",
// "admin:validation.termOverlap|3"); the client translates them.
import { returnValidationErrors } from "next-safe-action";
import type { z } from "@/lib/validation";

export type TFieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
export type TFieldIssue = { path: string; message: string };

type TNode = { _errors?: string[]; [key: string]: unknown };

/** Walks next-safe-action's formatted errors into dotted paths. */
export function dottedErrors(tree: unknown): TFieldErrors {
  const out: TFieldErrors = { formErrors: [], fieldErrors: {} };
  const walk = (node: TNode, path: string[]) => {
    if (Array.isArray(node._errors) && node._errors.length) {
      if (path.length === 0) out.formErrors.push(...node._errors);
      else out.fieldErrors[path.join(".")] = [...(out.fieldErrors[path.join(".")] ?? []), ...node._errors];
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "_errors" && child && typeof child === "object") walk(child as TNode, [...path, key]);
    }
  };
  if (tree && typeof tree === "object") walk(tree as TNode, []);
  return out;
}

export const dottedShape = { handleValidationErrorsShape: async (ve: unknown) => dottedErrors(ve) };

/** Ends an action with field errors found after parsing (a term that overlaps one in the database). */
export function failFields(schema: z.ZodType, issues: readonly TFieldIssue[]): never {
  const tree: TNode = {};
  for (const issue of issues) {
    let node = tree;
    for (const key of issue.path.split(".").filter(Boolean)) {
      node[key] ??= {};
      node = node[key] as TNode;
    }
    node._errors = [...(node._errors ?? []), issue.message];
  }
  return returnValidationErrors(schema, tree as never);
}

/** A validation message of the admin namespace, with a number for plurals and placeholders. */
export function adminMessage(key: string, count?: number): string {
  return count === undefined ? `admin:validation.${key}` : `admin:validation.${key}|${count}`;
}
