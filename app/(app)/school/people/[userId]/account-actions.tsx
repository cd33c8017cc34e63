"use client";
// Deactivating (sessions end at once; history stays), issuing a new one-time password, and ending
// every session of the person ("sign out everywhere").
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { resetPasswordAction, setPersonActiveAction, signOutEverywhereAction } from "@/lib/roster/people-actions";
import { OneTimeCredentials } from "../../_components/credentials";

export function AccountActions({ userId, name, isActive }: { userId: number; name: string; isActive: boolean }) {
  const { t } = useT("admin");
  const active = useActionForm(setPersonActiveAction);
  const reset = useActionForm(resetPasswordAction);
  const everywhere = useActionForm(signOutEverywhereAction);
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
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
        <Button
          variant="secondary"
          disabled={everywhere.pending}
          onClick={async () => {
            const data = await everywhere.run({ userId });
            if (data) setEnded(data.ended);
          }}
        >
          {t("people.signOutEverywhere")}
        </Button>
      </div>
      {ended !== null && (
        <p role="status" className="text-sm text-slate-700">
          {t("people.signedOutEverywhere", { count: ended })}
        </p>
      )}
      <p className="text-sm text-slate-600">{t("people.deactivateHint")}</p>
      <FormStatus error={active.formError ?? reset.formError ?? everywhere.formError} />
      {issued && <OneTimeCredentials name={name} login={issued.login} password={issued.password} />}
    </div>
  );
}
