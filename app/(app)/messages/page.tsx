import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { formatMoment } from "@/lib/messages/format";
import { broadcastClasses, listThreads } from "@/lib/messages/queries";
import { ClassParentsForm } from "./class-parents-form";

export default async function MessagesPage() {
  const user = await requireUser();
  if (!can(user.roles, "messages:write")) notFound();
  const { t, lng } = await getT("messages");
  const [threads, classes] = await Promise.all([listThreads(user), broadcastClasses(user)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          {can(user.roles, "absence:report") && (
            <Link href="/messages/absence" className={buttonClass("secondary")}>
              {t("absence.title")}
            </Link>
          )}
          {can(user.roles, "messages:moderate") && (
            <Link href="/messages/reported" className={buttonClass("secondary")}>
              {t("moderation.title")}
            </Link>
          )}
          <Link href="/messages/new" className={buttonClass()}>
            {t("newMessage")}
          </Link>
        </div>
      </div>
      <Card>
        {threads.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="threads">
            {threads.map((th) => (
              <li key={th.id}>
                <Link href={`/messages/${th.id}`} className="flex items-start justify-between gap-3 px-1 py-3 hover:bg-slate-50">
                  <span className="min-w-0">
                    <span className={`block ${th.unread ? "font-semibold" : ""}`}>{th.others}</span>
                    <span className="block truncate text-sm text-slate-600">{th.preview}</span>
                  </span>
                  <span className="shrink-0 text-right text-xs text-slate-500">
                    {formatMoment(th.lastMessageAt, lng)}
                    {th.unread > 0 && <span className="mt-1 block font-semibold text-brand-700">{t("unread", { count: th.unread })}</span>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {classes.length > 0 && <ClassParentsForm classes={classes.map((c) => ({ id: c.id, label: `${c.grade} «${c.letter}»` }))} />}
    </div>
  );
}
