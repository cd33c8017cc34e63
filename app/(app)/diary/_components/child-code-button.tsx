"use client";
// A parent shows their child a one-time sign-in code (and its QR code) for the child's own device.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { issueChildSignInCodeAction } from "@/lib/identity/family-actions";

export function ChildCodeButton({ studentId }: { studentId: number }) {
  const { t } = useT("diary");
  const issue = useActionForm(issueChildSignInCodeAction);
  const [shown, setShown] = useState<{ code: string; qrSvg: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={issue.pending}
        onClick={async () => {
          const data = await issue.run({ studentId });
          if (data) setShown(data);
        }}
      >
        {t("family.childCode")}
      </Button>
      <FormStatus error={issue.formError} />
      {shown && (
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {/* An SVG the server drew from a URL it made: no markup of anyone's input. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the QR code's SVG comes from the qrcode library on the server */}
          <div className="h-48 w-48 bg-white" data-testid="child-code-qr" dangerouslySetInnerHTML={{ __html: shown.qrSvg }} />
          <p className="font-mono text-2xl tracking-widest" data-testid="child-code">
            {shown.code}
          </p>
          <p>{t("family.childCodeHint")}</p>
        </div>
      )}
    </div>
  );
}
