"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { acceptAbsenceNoticeAction } from "@/lib/messages/absence-notice-actions";

/** The labels come translated from the server: the journal's pages load no "messages" bundle in the browser. */
export function AcceptNotice({
  noticeId,
  options,
  labels,
}: {
  noticeId: number;
  options: { id: number; label: string; kind: string }[];
  labels: { code: string; accept: string };
}) {
  const router = useRouter();
  const form = useActionForm(acceptAbsenceNoticeAction, { onSuccess: () => router.refresh() });
  const preferred = options.find((o) => o.kind === "ILLNESS") ?? options[0];
  return (
    <form className="flex flex-wrap items-center gap-2" onSubmit={form.handleSubmit((v) => ({ noticeId, absenceCodeId: Number(v.absenceCodeId) }))}>
      <label className="flex items-center gap-1">
        <span className="sr-only">{labels.code}</span>
        <select name="absenceCodeId" defaultValue={preferred?.id} className="rounded border px-1 py-1">
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {labels.accept}
      </Button>
      {form.formError && (
        <span role="alert" className="text-red-700">
          {form.formError}
        </span>
      )}
    </form>
  );
}
