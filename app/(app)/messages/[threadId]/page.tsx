import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoment } from "@/lib/messages/format";
import { getThread } from "@/lib/messages/queries";
import { ComposeForm } from "../compose-form";
import { MarkRead } from "./mark-read";
import { ReportButton } from "./report-button";

export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const user = await requireUser();
  const raw = (await params).threadId;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const thread = await getThread(user, Number(raw));
  if (!thread) notFound();
  const { t, lng } = await getT("messages");
  const others = thread.members.filter((m) => m.id !== user.id);
  // Read by everyone else: shown under one's own messages.
  const readByOthers = (at: Date) => others.length > 0 && others.every((m) => m.lastReadAt !== null && m.lastReadAt >= at);
  const lastIncoming =
    thread.messages
      .filter((m) => m.senderId !== user.id)
      .at(-1)
      ?.createdAt.toISOString() ?? "";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href="/messages" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{others.map((m) => m.name).join(", ")}</h1>
      <MarkRead threadId={thread.id} latest={lastIncoming} />
      <ol className="flex flex-col gap-3" data-testid="messages">
        {thread.messages.map((m) => {
          const isMine = m.senderId === user.id;
          return (
            <li
              key={m.id}
              className={`max-w-[85%] rounded-lg border px-3 py-2 ${isMine ? "self-end border-brand-200 bg-brand-50" : "self-start border-slate-200 bg-white"}`}
            >
              <p className="text-xs text-slate-500">
                {isMine ? t("you") : m.senderName} · {formatMoment(m.createdAt, lng)}
              </p>
              <p className="whitespace-pre-wrap break-words">{m.body}</p>
              {m.attachments.length > 0 && (
                <ul className="mt-1 text-sm">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/api/message-files/${a.id}`} className="text-brand-700 underline">
                        {a.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {isMine ? (
                <p className="text-right text-xs text-slate-500" data-testid="receipt">
                  {readByOthers(m.createdAt) ? t("read") : t("notRead")}
                </p>
              ) : (
                <ReportButton messageId={m.id} isReported={m.isReported} />
              )}
            </li>
          );
        })}
      </ol>
      <Card>
        <ComposeForm target={{ threadId: thread.id }} />
      </Card>
    </div>
  );
}
