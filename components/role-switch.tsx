"use client";
// The role a person with several wears (a teacher who is also a parent): a labelled native select,
// usable by keyboard and narrow enough for a phone. Choosing one takes the person to that role's
// home; the shell's links follow. It changes what is shown, never what the person may do.
import { useId, useState, useTransition } from "react";
import { readActionResult, translateServerError } from "@/lib/forms/action-result.client";
import type { Role } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/translation.client";
import { chooseRoleAction } from "@/lib/profile/actions";

export function RoleSwitch({ roles, current }: { roles: Role[]; current: Role }) {
  const { t } = useT(["common", "errors"]);
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(current);
  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <div className="flex min-w-0 items-center gap-2">
        <label htmlFor={id} className="shrink-0 text-slate-600">
          {t("roleSwitch.label")}
        </label>
        <select
          id={id}
          value={selected}
          disabled={pending}
          data-testid="role-switch"
          onChange={(event) => {
            const role = event.target.value as Role;
            setError(null);
            setSelected(role);
            startTransition(async () => {
              const outcome = readActionResult(await chooseRoleAction({ role }));
              if (!outcome.ok) {
                setSelected(current);
                return setError(translateServerError(t, outcome.error));
              }
              // A whole page load: the shell (its links, this switch) and the home are drawn anew for the role.
              window.location.assign(outcome.data.home);
            });
          }}
          className="min-h-9 min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-medium text-slate-800"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roleSwitch.names.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
