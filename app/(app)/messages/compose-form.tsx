"use client";
// Writing a message: to a chosen person (a new message) or into a thread (a reply), with files.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { replyAction, sendMessageAction } from "@/lib/messages/actions";
import { MAX_MESSAGE_CHARS } from "@/lib/messages/schemas";

type TTarget = { threadId: number } | { recipients: { id: number; label: string }[] };

const filesOf = (form: HTMLFormElement) => new FormData(form).getAll("files").filter((f): f is File => f instanceof File && f.size > 0);

export function ComposeForm({ target }: { target: TTarget }) {
  const { t } = useT("messages");
  const router = useRouter();
  const send = useActionForm(sendMessageAction, { onSuccess: (d) => router.push(`/messages/${d.threadId}`) });
  const reply = useActionForm(replyAction, { onSuccess: () => router.refresh() });
  const isReply = "threadId" in target;
  const form = isReply ? reply : send;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const values = new FormData(el);
    const body = String(values.get("body") ?? "");
    const files = filesOf(el);
    const done = isReply
      ? await reply.run({ threadId: target.threadId, body, files })
      : await send.run({ recipientId: Number(values.get("recipientId")), body, files });
    if (done) el.reset();
  }

  return (
    <form className="flex flex-col gap-3" onSubmit={submit}>
      {!isReply && (
        <label className="flex flex-col gap-1 text-sm">
          {t("to")}
          <select name="recipientId" required className="rounded border px-2 py-2" defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {target.recipients.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          {form.error("recipientId") && <span className="text-sm text-red-700">{form.error("recipientId")}</span>}
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm">
        {isReply ? t("reply") : t("text")}
        <textarea name="body" rows={4} maxLength={MAX_MESSAGE_CHARS} className="rounded border px-2 py-2" />
        <span className="text-xs text-slate-500">{t("textHint", { count: MAX_MESSAGE_CHARS })}</span>
        {form.error("body") && <span className="text-sm text-red-700">{form.error("body")}</span>}
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("files")}
        <input type="file" name="files" multiple />
        <span className="text-xs text-slate-500">{t("filesHint")}</span>
        {form.error("files") && <span className="text-sm text-red-700">{form.error("files")}</span>}
      </label>
      {form.formError && (
        <p role="alert" className="text-sm text-red-700">
          {form.formError}
        </p>
      )}
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("send")}
      </Button>
    </form>
  );
}
