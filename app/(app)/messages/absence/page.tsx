import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatDate, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { absenceNoticesOfParent } from "@/lib/messages/queries";
import { AbsenceForm } from "./absence-form";

export default async function AbsenceNoticePage() {
  const user = await requireUser();
  if (!can(user.roles, "absence:report")) notFound();
  const { t, lng } = await getT("messages");
  const { children, notices } = await absenceNoticesOfParent(user);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("absence.title")}</h1>
      <p className="text-sm text-slate-600">{t("absence.intro")}</p>
      <Card>
        <AbsenceForm pupils={children.map((c) => ({ id: c.id, name: c.firstName }))} today={schoolToday()} />
      </Card>
      {notices.length > 0 && (
        <Card>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="absence-notices">
            {notices.map((n) => (
              <li key={n.id} className="py-2">
                {n.childName}: {formatDate(n.startDate, lng)} — {formatDate(n.endDate, lng)}. {n.reason}
                {n.acceptedAt && <span className="ml-2 text-green-700">{t("absence.accepted")}</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
