// The words of an event's action, "mark.update" → "Отметка · изменена", from the admin bundle;
// an action with no words of its own is shown as it is stored.
import type { TFunction } from "i18next";
import { AUDIT_KINDS } from "./filters";

const VERBS = [
  "create",
  "update",
  "delete",
  "lock",
  "unlock",
  "end",
  "import",
  "publish",
  "topic",
  "change",
  "activate",
  "deactivate",
  "transfer",
  "complete",
  "uncomplete",
  "export",
  "settings",
  "set",
  "clear",
  "save",
  "apply",
  "undo",
  "copy",
  "shift",
  "accept",
  "decline",
] as const;

export function actionLabel(t: TFunction, action: string): string {
  const [kind, verb] = action.split(".");
  if (!(AUDIT_KINDS as readonly string[]).includes(kind)) return action;
  const kindText = t(`admin:audit.kinds.${kind}`);
  return (VERBS as readonly string[]).includes(verb) ? `${kindText} · ${t(`admin:audit.verbs.${verb}`)}` : `${kindText} · ${verb}`;
}
