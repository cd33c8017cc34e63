"use client";
// Deactivating (sessions end at once; history stays) and issuing a new one-time password.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/client";
import { resetPasswordAction, setPersonActiveAction } from "@/lib/roster/people-actions";
import { FormStatus } from "../../../../../components/ui/fields";
import { OneTimeCredentials } from "../../_components/credentials";

export function AccountActions({ userId, name, isActive }: { userId: number; name: string; isActive: boolean }) {
  const { t } = useT("admin");
  const active = useActionForm(setPersonActiveAction);
  const reset = useActionForm(resetPasswordAction);
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant={isActive ? "danger" : "secondary"} disabled={active.pending} onClick={() => void active.run({ userId, isActive: !isActive })}>
          {isActive ? t("people.deactivate") : t("people.activate")}
        </Button>
        <Button
          variant="secondary"
          disabled={reset.pending || !isActive}
          onClick={async () => {
            const data = await reset.run({ userId });
            if (data) setIssued(data);
          }}
        >
          {t("people.resetPassword")}
        </Button>
      </div>
      <p className="text-sm text-slate-600">{t("people.deactivateHint")}</p>
      <FormStatus error={active.formError ?? reset.formError} />
      {issued && <OneTimeCredentials name={name} login={issued.login} password={issued.password} />}
    </div>
  );
}
