import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatShortDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { journalRights } from "@/lib/journal/access-rules";
import { getJournalHeader } from "@/lib/journal/queries";
import { planLessons } from "@/lib/lesson-plans/context";
import { getParallelJournals } from "@/lib/lesson-plans/queries";
import { PlanPanel } from "./plan-panel";

type TProps = { params: Promise<{ assignmentId: string }> };

export default async function LessonPlanPage({ params }: TProps) {
  const user = await requireUser();
  const raw = (await params).assignmentId;
  const header = /^\d{1,9}$/.test(raw) ? await getJournalHeader(Number(raw), user.id) : null;
  if (!header || !journalRights(user, header).canWrite) notFound();
  const { t, lng } = await getT(["journal", "common"]);
  const [parallels, lessons] = await Promise.all([getParallelJournals(user, header), planLessons(header)]);
  // Topics can be moved on from a lesson that has one (a cancelled or moved lesson, usually).
  const shiftable = lessons
    .filter((l) => l.topic)
    .map((l) => ({
      id: l.id,
      label: `${formatShortDate(l.date)} · ${l.topic}${l.isCancelled ? ` (${t("journal:print.cancelled")})` : ""}`,
      isCancelled: l.isCancelled,
    }));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/journal/${header.assignmentId}`} className="text-brand-700 hover:underline">
          ← {t("journal:title", { subject: localized(header.subject, lng), className: header.className })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("journal:plan.title")}</h1>
      <p className="text-sm text-slate-600">{t("journal:plan.intro")}</p>
      <PlanPanel assignmentId={header.assignmentId} parallels={parallels} shiftable={shiftable} />
    </div>
  );
}
