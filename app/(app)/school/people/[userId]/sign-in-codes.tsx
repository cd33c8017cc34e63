"use client";
// Signing in through the region's provider, on a person's page: the invitation code printed beside
// the login, the parent code of a pupil, the provider identities linked (with how and when, and a
// way to unlink), and the matching claim (e.g. СНИЛС), which is kept only as a keyed hash.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { issueInvitationCodeAction, issueParentCodeAction, setMatchClaimAction, unlinkIdentityAction } from "@/lib/identity/admin-actions";
import type { TSignInDetails } from "@/lib/identity/queries";
import { FormStatus } from "../../../../../components/ui/fields";

function PrintedCode({
  name,
  login,
  label,
  code,
  expiresAt,
  testId,
}: {
  name: string;
  login?: string;
  label: string;
  code: string;
  expiresAt: string;
  testId: string;
}) {
  const { t } = useT("admin");
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid={testId}>
      <p className="font-medium">{name}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {login && (
          <>
            <dt className="text-slate-600">{t("credentials.login")}</dt>
            <dd className="font-mono">{login}</dd>
          </>
        )}
        <dt className="text-slate-600">{label}</dt>
        <dd className="font-mono" data-testid={`${testId}-value`}>
          {code}
        </dd>
      </dl>
      <p className="text-amber-900">{t("identity.validUntil", { date: expiresAt.slice(0, 10) })}</p>
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        {t("credentials.print")}
      </Button>
    </div>
  );
}

export function SignInCodes({
  userId,
  name,
  isStudent,
  details,
  matchClaim,
}: {
  userId: number;
  name: string;
  isStudent: boolean;
  details: TSignInDetails;
  matchClaim: string | null;
}) {
  const { t } = useT(["admin", "common"]);
  const invite = useActionForm(issueInvitationCodeAction);
  const parent = useActionForm(issueParentCodeAction);
  const unlink = useActionForm(unlinkIdentityAction);
  const claim = useActionForm(setMatchClaimAction);
  const [invitation, setInvitation] = useState<{ login: string; code: string; expiresAt: string } | null>(null);
  const [parentCode, setParentCode] = useState<{ code: string; expiresAt: string } | null>(null);
  return (
    <div className="space-y-4 text-sm">
      <ul className="divide-y divide-slate-100" data-testid="identities">
        {details.identities.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-mono">{i.issuer}</span>
              <span className="block text-xs text-slate-600">
                {t("identity.linkedHow", { how: t(`identity.identityMethod.${i.method}`), date: i.createdAt.slice(0, 10) })}
              </span>
            </span>
            <Button variant="ghost" disabled={unlink.pending} onClick={() => void unlink.run({ identityId: i.id })}>
              {t("people.unlink")}
            </Button>
          </li>
        ))}
        {details.identities.length === 0 && <li className="py-2 text-slate-600">{t("identity.noIdentities")}</li>}
      </ul>
      <FormStatus error={unlink.formError} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={invite.pending}
          onClick={async () => {
            const data = await invite.run({ userId });
            if (data) setInvitation(data);
          }}
        >
          {details.invitation ? t("identity.reissueInvitation") : t("identity.issueInvitation")}
        </Button>
        {isStudent && (
          <Button
            variant="secondary"
            disabled={parent.pending}
            onClick={async () => {
              const data = await parent.run({ studentId: userId });
              if (data) setParentCode(data);
            }}
          >
            {t("identity.issueParentCode")}
          </Button>
        )}
      </div>
      <FormStatus error={invite.formError ?? parent.formError} />
      {details.invitation && !invitation && (
        <p className="text-slate-600">
          {t(details.invitation.uses > 0 ? "identity.invitationUsed" : "identity.invitationIssued", { date: details.invitation.expiresAt.slice(0, 10) })}
        </p>
      )}
      {invitation && (
        <PrintedCode
          name={name}
          login={invitation.login}
          label={t("identity.invitationCode")}
          code={invitation.code}
          expiresAt={invitation.expiresAt}
          testId="invitation"
        />
      )}
      {isStudent && details.parentCode && !parentCode && (
        <p className="text-slate-600">{t("identity.parentCodeIssued", { count: details.parentCode.uses, date: details.parentCode.expiresAt.slice(0, 10) })}</p>
      )}
      {parentCode && <PrintedCode name={name} label={t("identity.parentCode")} code={parentCode.code} expiresAt={parentCode.expiresAt} testId="parent-code" />}
      {matchClaim && (
        <form noValidate className="flex flex-wrap items-end gap-2" onSubmit={claim.handleSubmit((v) => ({ ...v, userId }), { reset: true })}>
          <TextField
            name="value"
            label={t("identity.matchClaim", { claim: matchClaim })}
            placeholder={details.hasMatchClaim ? t("identity.matchClaimSet") : t("identity.matchClaimUnset")}
            autoComplete="off"
            error={claim.error("value")}
          />
          <Button type="submit" variant="secondary" disabled={claim.pending}>
            {t("common:actions.save")}
          </Button>
          <FormStatus error={claim.formError} saved={claim.isSaved} savedText={t("saved")} />
        </form>
      )}
    </div>
  );
}
