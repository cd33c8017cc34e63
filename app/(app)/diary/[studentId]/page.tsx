import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { WeekSwitcher } from "@/components/week-switcher";
import { requireUser } from "@/lib/auth/session";
import { getReadablePupil } from "@/lib/diary/access";
import { getDiaryWeek } from "@/lib/diary/queries";
import { addDays, formatDate, formatMinutes, parseDateParam, schoolToday, startOfWeek } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";

export default async function DiaryWeekPage({ params, searchParams }: { params: Promise<{ studentId: string }>; searchParams: Promise<{ week?: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const { t, lng } = await getT(["diary", "common"]);
  const today = schoolToday();
  const weekStart = startOfWeek(parseDateParam((await searchParams).week) ?? today);
  const lessons = await getDiaryWeek(pupil.id, pupil.schoolId, weekStart);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).filter((d, i) => i < 6 || lessons.some((l) => l.date === d));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold" data-testid="diary-owner">
          {t("diary:week.title", { name: `${pupil.firstName} ${pupil.lastName}` })}
        </h1>
        <WeekSwitcher basePath={`/diary/${pupil.id}`} weekStart={weekStart} today={today} />
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {days.map((day) => {
          const dayLessons = lessons.filter((l) => l.date === day);
          return (
            <Card key={day} title={<span className={day === today ? "text-brand-700" : ""}>{formatDate(day, lng, { weekday: true })}</span>}>
              {dayLessons.length === 0 ? (
                <EmptyState>{t("diary:week.noLessons")}</EmptyState>
              ) : (
                <ol className="divide-y divide-slate-100">
                  {dayLessons.map((l) => (
                    <li key={l.id} className="py-2">
                      <div className="flex items-baseline gap-2">
                        <span className="w-12 shrink-0 text-sm tabular-nums text-slate-600">
                          {l.startMinute !== null ? formatMinutes(l.startMinute) : `${l.period}.`}
                        </span>
                        <span className="flex-1 font-medium">{localized(l.subject, lng)}</span>
                        {l.absence && (
                          <span className="rounded bg-amber-100 px-1.5 text-sm font-semibold text-amber-900" title={localized(l.absence, lng)}>
                            {lng === "tt" ? l.absence.letterTt : l.absence.letterRu}
                          </span>
                        )}
                        {l.marks.map((m) => (
                          <span
                            key={m.id}
                            className="rounded bg-brand-50 px-1.5 text-sm font-semibold text-brand-800"
                            title={`${localized(m.workKind, lng)}${m.comment ? ` — ${m.comment}` : ""}`}
                          >
                            {m.isPending ? "•" : m.value}
                          </span>
                        ))}
                      </div>
                      {l.topic && <p className="ml-14 text-sm text-slate-600">{l.topic}</p>}
                      {l.homework.map((h) => (
                        <p key={h.id} className="ml-14 text-sm text-slate-800">
                          <span className="font-medium">{t("diary:week.homework")}:</span> {h.text}
                        </p>
                      ))}
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
