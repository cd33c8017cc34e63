// Homework by due date: the coming days first, then the last week (so yesterday's can still be

// ticked). Students tick; everyone else sees the ticks.
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getReadablePupil } from "@/lib/diary/access";
import { getHomeworkList, type THomeworkItem } from "@/lib/diary/homework-queries";
import { addDays, formatDate, schoolToday, type TIsoDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { AttachmentLinks } from "../../_components/attachment-links";
import { HomeworkDone } from "../../_components/homework-done";

export const generateMetadata = pageTitle("common", "nav.diary");

const AHEAD_DAYS = 60;
const BEHIND_DAYS = 7;

function byDate(items: THomeworkItem[]): [TIsoDate, THomeworkItem[]][] {
  const groups = new Map<TIsoDate, THomeworkItem[]>();
  for (const item of items) groups.set(item.dueDate, [...(groups.get(item.dueDate) ?? []), item]);
  return [...groups.entries()];
}

export default async function DiaryHomeworkPage({ params }: { params: Promise<{ studentId: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const { t, lng } = await getT(["diary", "common"]);
  const today = schoolToday();
  const list = await getHomeworkList(pupil, addDays(today, -BEHIND_DAYS), addDays(today, AHEAD_DAYS));
  const canTick = pupil.id === user.id && can(user.roles, "homework:complete");
  const sections = [
    { key: "upcoming", groups: byDate(list.filter((h) => h.dueDate >= today)) },
    { key: "recent", groups: byDate(list.filter((h) => h.dueDate < today)).reverse() },
  ];
  return (
    <section aria-labelledby="homework-heading" className="space-y-6">
      <h2 id="homework-heading" className="text-xl font-semibold">
        {t("diary:homework.title")}
      </h2>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`homework-${section.key}`} className="space-y-3">
          <h3 id={`homework-${section.key}`} className="text-base font-semibold text-slate-700">
            {t(`diary:homework.${section.key}`)}
          </h3>
          {section.groups.length === 0 ? (
            <Card>
              <EmptyState>{t("diary:homework.none")}</EmptyState>
            </Card>
          ) : (
            section.groups.map(([date, items]) => (
              <Card
                key={date}
                title={
                  <span className={date === today ? "text-brand-700" : ""}>
                    {formatDate(date, lng, { weekday: true })}
                    {date === today ? ` · ${t("common:today")}` : ""}
                  </span>
                }
              >
                <ul className="-my-3 divide-y divide-slate-100" data-testid="homework-day" data-date={date}>
                  {items.map((h) => (
                    <li key={h.id} className="py-3" data-testid="homework">
                      <p className="font-medium">{localized(h.subject, lng)}</p>
                      <p className="text-sm wrap-anywhere whitespace-pre-line text-slate-800">{h.text}</p>
                      <AttachmentLinks attachments={h.attachments} />
                      <HomeworkDone homeworkId={h.id} isDone={h.isDone} canTick={canTick} />
                    </li>
                  ))}
                </ul>
              </Card>
            ))
          )}
        </section>
      ))}
    </section>
  );
}
