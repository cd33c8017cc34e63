"use client";
// A parent announces a child's absence in advance.
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { reportAbsenceAction } from "@/lib/messages/absence-notice-actions";
import { MAX_REASON_CHARS } from "@/lib/messages/schemas";

export function AbsenceForm({ pupils, today }: { pupils: { id: number; name: string }[]; today: string }) {
  const { t } = useT("messages");
  const form = useActionForm(reportAbsenceAction);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit((v) => ({ studentId: Number(v.studentId), startDate: v.startDate, endDate: v.endDate, reason: v.reason }), { reset: true })}
    >
      <label className="flex flex-col gap-1 text-sm">
        {t("absence.child")}
        <select name="studentId" className="rounded border px-2 py-2">
          {pupils.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-1 text-sm">
          {t("absence.from")}
          <input type="date" name="startDate" required defaultValue={today} className="rounded border px-2 py-1" />
          {form.error("startDate") && <span className="text-sm text-red-700">{form.error("startDate")}</span>}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("absence.to")}
          <input type="date" name="endDate" required defaultValue={today} className="rounded border px-2 py-1" />
          {form.error("endDate") && <span className="text-sm text-red-700">{form.error("endDate")}</span>}
        </label>
      </div>
      <label className="flex flex-col gap-1 text-sm">
        {t("absence.reason")}
        <input name="reason" maxLength={MAX_REASON_CHARS} className="rounded border px-2 py-2" />
        {form.error("reason") && <span className="text-sm text-red-700">{form.error("reason")}</span>}
      </label>
      {form.formError && (
        <p role="alert" className="text-sm text-red-700">
          {form.formError}
        </p>
      )}
      {form.isSaved && (
        <p role="status" className="text-sm text-green-700">
          {t("absence.sent")}
        </p>
      )}
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("absence.send")}
      </Button>
    </form>
  );
}
