import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { formatMoment } from "@/lib/messages/format";
import { reportedMessages } from "@/lib/messages/queries";

export default async function ReportedMessagesPage() {
  const user = await requireUser();
  if (!can(user.roles, "messages:moderate")) notFound();
  const { t, lng } = await getT("messages");
  const rows = await reportedMessages(user);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("moderation.title")}</h1>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t("moderation.empty")}</EmptyState>
        ) : (
          <table className="w-full text-sm" data-testid="reported">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="p-2">{t("moderation.date")}</th>
                <th className="p-2">{t("moderation.sender")}</th>
                <th className="p-2">{t("moderation.text")}</th>
                <th className="p-2">{t("moderation.reporter")}</th>
                <th className="p-2">{t("moderation.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100 align-top">
                  <td className="p-2 whitespace-nowrap">{formatMoment(r.reportedAt, lng)}</td>
                  <td className="p-2">{r.sender}</td>
                  <td className="p-2 whitespace-pre-wrap break-words">{r.body}</td>
                  <td className="p-2">{r.reporter}</td>
                  <td className="p-2">{r.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
