// "What's new": marks and homework since the reader's last visit, newest first, over at least two

// weeks of history. Opening it marks everything shown as read.
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getReadablePupil } from "@/lib/diary/access";
import { getDiaryFeed, type TFeedItem } from "@/lib/diary/feed-queries";
import { markView } from "@/lib/diary/week-view";
import { formatDate, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { MarkBadge } from "../../_components/mark-badge";
import { MarkReadOnOpen } from "../../_components/mark-read";
import { FeedList } from "./feed-list";

export const generateMetadata = pageTitle("common", "nav.diary");

export default async function DiaryNewsPage({ params }: { params: Promise<{ studentId: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const { t, lng } = await getT(["diary", "common"]);
  const renderedAt = new Date();
  const feed = await getDiaryFeed(user.id, pupil, renderedAt);
  const hasNew = feed.items.some((i) => i.isNew);
  // The day of the last visit, in the school's time zone.
  const sinceDay = schoolToday(feed.since);
  const content = (item: TFeedItem) =>
    item.kind === "mark" ? (
      <div className="flex items-start gap-3">
        <MarkBadge mark={markView(item, lng)} popoverId={`feed-mark-${item.id}`} />
        <div className="min-w-0">
          <p className="font-medium">{localized(item.subject, lng)}</p>
          <p className="text-sm text-slate-600">
            {t(item.isPending ? "diary:news.pendingMark" : "diary:news.mark", { date: formatDate(item.lessonDate, lng) })} · {localized(item.workKind, lng)}
          </p>
        </div>
      </div>
    ) : (
      <div className="min-w-0">
        <p className="font-medium">{localized(item.subject, lng)}</p>
        <p className="text-sm text-slate-600">{t("diary:news.homework", { date: formatDate(item.dueDate, lng, { weekday: true }) })}</p>
        <p className="text-sm wrap-anywhere whitespace-pre-line text-slate-800">{item.text}</p>
      </div>
    );
  return (
    <section aria-labelledby="news-heading" className="space-y-4">
      <div>
        <h2 id="news-heading" className="text-xl font-semibold">
          {t("diary:news.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("diary:news.since", { date: formatDate(sinceDay, lng) })}</p>
      </div>
      {hasNew && <MarkReadOnOpen studentId={pupil.id} upTo={renderedAt.toISOString()} />}
      {feed.items.length === 0 ? (
        <Card>
          <EmptyState>{t("diary:news.none")}</EmptyState>
        </Card>
      ) : (
        <FeedList
          newLabel={t("diary:news.new")}
          items={feed.items.map((item) => ({ key: `${item.kind}-${item.id}`, isNew: item.isNew, content: content(item) }))}
        />
      )}
    </section>
  );
}
