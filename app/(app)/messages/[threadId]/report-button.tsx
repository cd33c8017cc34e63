"use client";
// Reporting an abusive message to the school's administration.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { reportMessageAction } from "@/lib/messages/actions";
import { MAX_REASON_CHARS } from "@/lib/messages/schemas";

export function ReportButton({ messageId, isReported }: { messageId: number; isReported: boolean }) {
  const { t } = useT("messages");
  const [isOpen, setIsOpen] = useState(false);
  const form = useActionForm(reportMessageAction);
  if (isReported || form.isSaved) return <p className="text-xs text-slate-500">{t("reported")}</p>;
  if (!isOpen)
    return (
      <button type="button" className="text-xs text-slate-500 underline" onClick={() => setIsOpen(true)}>
        {t("report")}
      </button>
    );
  return (
    <form className="mt-1 flex flex-col gap-1" onSubmit={form.handleSubmit((v) => ({ messageId, reason: v.reason }))}>
      <label className="flex flex-col gap-1 text-xs">
        {t("reportReason")}
        <input name="reason" maxLength={MAX_REASON_CHARS} className="rounded border px-2 py-1" />
      </label>
      {form.formError && (
        <p role="alert" className="text-xs text-red-700">
          {form.formError}
        </p>
      )}
      <Button type="submit" variant="danger" disabled={form.pending} className="self-start">
        {t("report")}
      </Button>
    </form>
  );
}
