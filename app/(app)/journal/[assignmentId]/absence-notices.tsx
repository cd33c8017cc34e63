// Absences parents announced for pupils of this class during the term, for its homeroom teacher
// (and the school's administration), each with a way to accept it as the absence reason.

import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import type { TAbsenceOption } from "@/lib/journal/types";
import { absenceNoticesForClass } from "@/lib/messages/queries";
import { AcceptNotice } from "./accept-notice";

export async function AbsenceNotices({ classId, from, to, codes }: { classId: number; from: string; to: string; codes: TAbsenceOption[] }) {
  const user = await requireUser();
  const notices = await absenceNoticesForClass(user, classId, from, to);
  if (notices.length === 0) return null;
  const { t, lng } = await getT("messages");
  const options = codes
    .filter((c) => c.isActive)
    .map((c) => ({ id: c.id, label: `${lng === "tt" ? c.letterTt : c.letterRu} — ${localized(c, lng)}`, kind: c.kind }));
  return (
    <section className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950" aria-labelledby="absence-notices-title" data-testid="absence-notices">
      <h2 id="absence-notices-title" className="font-medium">
        {t("absence.banner")}
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {notices.map((n) => (
          <li key={n.id} className="flex flex-wrap items-center gap-2">
            <span>
              {n.studentName}: {formatDate(n.startDate, lng)}
              {n.endDate.getTime() !== n.startDate.getTime() ? ` — ${formatDate(n.endDate, lng)}` : ""}. {n.reason}
            </span>
            {n.acceptedAt ? <span className="text-green-800">{t("absence.accepted")}</span> : <AcceptNotice noticeId={n.id} options={options} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
