import Link from "next/link";
import { Announcements } from "@/components/announcements";
import { ShortenedDayBadge } from "@/components/shortened-day-badge";
import { Card, EmptyState } from "@/components/ui/card";
import { WeekSwitcher } from "@/components/week-switcher";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDate, formatMinutes, parseDateParam, schoolToday, startOfWeek } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { getJournalIndex } from "@/lib/journal/queries";
import { getTeacherLessons } from "@/lib/timetable/queries";

export const generateMetadata = pageTitle("home", "lessons.title");

export default async function LessonsPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const user = await requireUser();
  const { t, lng } = await getT(["home", "common", "journal"]);
  const today = schoolToday();
  const weekStart = startOfWeek(parseDateParam((await searchParams).week) ?? today);
  const [lessons, journals] = await Promise.all([getTeacherLessons(user.id, weekStart, 7), getJournalIndex(user)]);
  const ownJournals = journals.filter((j) => j.reason === "own");
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).filter((d, i) => i < 6 || lessons.some((l) => l.date === d));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("home:lessons.title")}</h1>
        <WeekSwitcher basePath="/lessons" weekStart={weekStart} today={today} />
      </div>
      <Announcements user={user} />
      {ownJournals.length > 0 && (
        <nav aria-label={t("journal:index.own")}>
          <ul className="flex flex-wrap gap-2" data-testid="my-journals">
            {ownJournals.map((j) => (
              <li key={j.assignmentId}>
                <Link
                  href={`/journal/${j.assignmentId}`}
                  className="inline-flex min-h-10 items-center rounded-full border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
                >
                  {localized(j.subject, lng)} · {j.className}
                  {j.subgroupName ? ` (${j.subgroupName})` : ""}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        {days.map((day) => {
          const dayLessons = lessons.filter((l) => l.date === day);
          return (
            <Card
              key={day}
              title={
                <span className={day === today ? "text-brand-700" : ""}>
                  {formatDate(day, lng, { weekday: true })}
                  {day === today ? ` · ${t("common:today")}` : ""}
                  {dayLessons.some((l) => l.isShortenedDay) && <ShortenedDayBadge />}
                </span>
              }
            >
              {dayLessons.length === 0 ? (
                <EmptyState>{t("home:lessons.none")}</EmptyState>
              ) : (
                <ol className="divide-y divide-slate-100" data-testid={day === today ? "today-lessons" : undefined}>
                  {dayLessons.map((l) => (
                    <li key={l.id} className="flex items-start gap-3 py-2">
                      <span className="w-14 shrink-0 text-sm tabular-nums text-slate-600">
                        {l.startMinute !== null ? formatMinutes(l.startMinute) : `${l.period}.`}
                      </span>
                      <div className="min-w-0 flex-1">
                        <Link href={`/journal/${l.assignmentId}?lesson=${l.id}`} className="font-medium text-brand-700 hover:underline">
                          {localized(l.subject, lng)} · {l.className}
                          {l.subgroupName ? ` (${l.subgroupName})` : ""}
                        </Link>
                        <p className="truncate text-sm text-slate-600">
                          {l.isCancelled ? t("home:lessons.cancelled") : (l.topic ?? t("home:lessons.noTopic"))}
                        </p>
                      </div>
                      {l.room && <span className="text-sm text-slate-500">{t("common:room", { room: l.room })}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          );
        })}
      </div>
    </div>
  );
}
