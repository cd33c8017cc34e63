"use client";
import { useState } from "react";
// A teacher writes to every parent of a class; each gets their own thread.
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { messageClassParentsAction } from "@/lib/messages/actions";
import { MAX_MESSAGE_CHARS } from "@/lib/messages/schemas";

export function ClassParentsForm({ classes }: { classes: { id: number; label: string }[] }) {
  const { t } = useT("messages");
  const [sent, setSent] = useState<number | null>(null);
  const form = useActionForm(messageClassParentsAction, { onSuccess: (d) => setSent(d.sent) });
  return (
    <Card title={t("classParents.title")}>
      <form className="flex flex-col gap-3" onSubmit={form.handleSubmit((v) => ({ classId: Number(v.classId), body: v.body }), { reset: true })}>
        <p className="text-sm text-slate-600">{t("classParents.hint")}</p>
        <label className="flex flex-col gap-1 text-sm">
          {t("classParents.class")}
          <select name="classId" className="rounded border px-2 py-2">
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("text")}
          <textarea name="body" rows={4} maxLength={MAX_MESSAGE_CHARS} className="rounded border px-2 py-2" aria-describedby="class-parents-hint" />
          <span id="class-parents-hint" className="text-xs text-slate-500">
            {t("textHint", { count: MAX_MESSAGE_CHARS })}
          </span>
          {form.error("body") && <span className="text-sm text-red-700">{form.error("body")}</span>}
        </label>
        {form.formError && (
          <p role="alert" className="text-sm text-red-700">
            {form.formError}
          </p>
        )}
        {sent !== null && form.isSaved && (
          <p role="status" className="text-sm text-green-700">
            {t("classParents.sent", { count: sent })}
          </p>
        )}
        <Button type="submit" disabled={form.pending} className="self-start">
          {t("send")}
        </Button>
      </form>
    </Card>
  );
}
