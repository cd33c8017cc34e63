// One child on a parent's home: today's lessons with marks and absences, the homework for the next
// school day, and what is new since the last visit — everything of an evening's look, no taps.
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { TFeedItem } from "@/lib/diary/feed-queries";
import type { TChildOverview } from "@/lib/diary/overview";
import { lessonView, markView } from "@/lib/diary/week-view";
import { formatDate, schoolToday, type TIsoDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { DiaryLesson } from "./diary-week";
import { HomeworkDone } from "./homework-done";
import { MarkBadge } from "./mark-badge";

export async function ChildOverview({ overview, today }: { overview: TChildOverview; today: TIsoDate }) {
  const { t, lng } = await getT(["diary", "common"]);
  const { pupil, next, news } = overview;
  const headingId = `child-${pupil.id}`;
  const sub = "text-sm font-semibold uppercase tracking-wide text-slate-600";
  const newsItem = (item: TFeedItem) =>
    item.kind === "mark" ? (
      <li key={`m${item.id}`} className="flex items-center gap-2 py-1">
        <MarkBadge mark={markView(item, lng)} popoverId={`overview-mark-${pupil.id}-${item.id}`} />
        <span className="min-w-0 text-sm">
          <span className="font-medium">{localized(item.subject, lng)}</span>{" "}
          <span className="text-slate-600">{t("diary:news.mark", { date: formatDate(item.lessonDate, lng) })}</span>
        </span>
      </li>
    ) : (
      <li key={`h${item.id}`} className="py-1 text-sm">
        <span className="font-medium">{localized(item.subject, lng)}</span>{" "}
        <span className="text-slate-600">{t("diary:news.homework", { date: formatDate(item.dueDate, lng, { weekday: true }) })}</span>
      </li>
    );
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="child-overview">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/diary/${pupil.id}`} className="text-brand-700 hover:underline">
            {pupil.firstName} {pupil.lastName}
          </Link>
        </h2>
        {pupil.className && <span className="text-sm text-slate-600">{t("diary:children.class", { name: pupil.className })}</span>}
      </header>
      <div className="space-y-4 p-4">
        <div data-testid="overview-today">
          <h3 className={sub}>{t("diary:overview.today", { date: formatDate(today, lng, { weekday: true }) })}</h3>
          {overview.today.length === 0 ? (
            <EmptyState>{t("diary:overview.noLessonsToday")}</EmptyState>
          ) : (
            <ol className="divide-y divide-slate-100">
              {overview.today.map((l) => (
                <DiaryLesson key={l.id} lesson={lessonView(l, lng)} canTick={false} />
              ))}
            </ol>
          )}
        </div>
        {next && (
          <div data-testid="overview-next">
            <h3 className={sub}>{t("diary:overview.nextHomework", { date: formatDate(next.date, lng, { weekday: true }) })}</h3>
            {next.lessons.length === 0 ? (
              <p className="py-2 text-sm text-slate-600">{t("diary:overview.noHomework")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {next.lessons.flatMap((l) =>
                  l.homework.map((h) => (
                    <li key={h.id} className="py-2 text-sm">
                      <p className="wrap-anywhere">
                        <span className="font-medium">{localized(l.subject, lng)}:</span> {h.text}
                      </p>
                      <HomeworkDone homeworkId={h.id} isDone={h.isDone} canTick={false} />
                    </li>
                  )),
                )}
              </ul>
            )}
          </div>
        )}
        <div data-testid="overview-news">
          <h3 className={sub}>{t("diary:overview.news", { date: formatDate(schoolToday(pupil.since), lng) })}</h3>
          {news.length === 0 ? <p className="py-2 text-sm text-slate-600">{t("diary:overview.noNews")}</p> : <ul>{news.map(newsItem)}</ul>}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/diary/${pupil.id}/news`} className="font-medium text-brand-700 underline">
              {overview.newsCount > news.length ? t("diary:overview.allNews", { count: overview.newsCount }) : t("diary:tabs.news")}
            </Link>
            <Link href={`/diary/${pupil.id}`} className="font-medium text-brand-700 underline">
              {t("diary:tabs.week")}
            </Link>
          </p>
        </div>
      </div>
    </section>
  );
}
