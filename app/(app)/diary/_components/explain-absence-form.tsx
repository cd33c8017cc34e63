"use client";
// A parent's reason for one absence (or every absence of that day), with an optional photo of a note.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { explainAbsenceAction } from "@/lib/messages/absence-explanation-actions";
import { MAX_REASON_CHARS } from "@/lib/messages/schemas";

export function ExplainAbsenceForm({ studentId, lessonId }: { studentId: number; lessonId: string }) {
  const { t } = useT("diary");
  const router = useRouter();
  const form = useActionForm(explainAbsenceAction, { onSuccess: () => router.refresh() });
  const id = `explain-${lessonId}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const files = values.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    await form.run({ studentId, lessonId, wholeDay: values.get("wholeDay") === "on", reason: String(values.get("reason") ?? ""), files });
  }

  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-700 underline">{t("explain.explain")}</summary>
      <form className="mt-2 flex flex-col gap-2" onSubmit={submit} noValidate>
        <label className="flex flex-col gap-1" htmlFor={`${id}-reason`}>
          {t("explain.reason")}
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={MAX_REASON_CHARS}
            className="rounded border px-2 py-1"
            aria-invalid={form.error("reason") ? true : undefined}
          />
          <span className="text-xs text-slate-500">{t("explain.reasonHint", { count: MAX_REASON_CHARS })}</span>
          {form.error("reason") && <span className="text-red-700">{form.error("reason")}</span>}
        </label>
        <label className="flex flex-col gap-1">
          {t("explain.photo")}
          <input type="file" name="files" accept="image/*,application/pdf" aria-invalid={form.error("files") ? true : undefined} />
          {form.error("files") && <span className="text-red-700">{form.error("files")}</span>}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="wholeDay" />
          {t("explain.wholeDay")}
        </label>
        {form.formError && (
          <p role="alert" className="text-red-700">
            {form.formError}
          </p>
        )}
        <Button type="submit" variant="secondary" disabled={form.pending} className="self-start">
          {t("explain.send")}
        </Button>
      </form>
    </details>
  );
}
