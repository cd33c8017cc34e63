"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { acceptAbsenceNoticeAction } from "@/lib/messages/absence-notice-actions";

export function AcceptNotice({ noticeId, options }: { noticeId: number; options: { id: number; label: string; kind: string }[] }) {
  const { t } = useT("messages");
  const router = useRouter();
  const form = useActionForm(acceptAbsenceNoticeAction, { onSuccess: () => router.refresh() });
  const preferred = options.find((o) => o.kind === "ILLNESS") ?? options[0];
  return (
    <form className="flex flex-wrap items-center gap-2" onSubmit={form.handleSubmit((v) => ({ noticeId, absenceCodeId: Number(v.absenceCodeId) }))}>
      <label className="flex items-center gap-1">
        <span className="sr-only">{t("absence.code")}</span>
        <select name="absenceCodeId" defaultValue={preferred?.id} className="rounded border px-1 py-1">
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("absence.accept")}
      </Button>
      {form.formError && (
        <span role="alert" className="text-red-700">
          {form.formError}
        </span>
      )}
    </form>
  );
}
