// The week: each school day's lessons in order with time, subject, topic, homework due, marks and

// absences. Previous/next week, this week, or any date, by `?week=`.
import { notFound } from "next/navigation";
import { Announcements } from "@/components/announcements";
import { WeekSwitcher } from "@/components/week-switcher";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getReadablePupil } from "@/lib/diary/access";
import { getDiaryPupils } from "@/lib/diary/pupil-queries";
import { getDiaryWeek } from "@/lib/diary/queries";
import { weekView } from "@/lib/diary/week-view";
import { parseDateParam, schoolToday, startOfWeek } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { AbsenceExplanations } from "../_components/absence-explanations";
import { DiaryWeek } from "../_components/diary-week";
import { UnreadBanner } from "../_components/unread-banner";

export const generateMetadata = pageTitle("common", "nav.diary");

export default async function DiaryWeekPage({ params, searchParams }: { params: Promise<{ studentId: string }>; searchParams: Promise<{ week?: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const { t, lng } = await getT(["diary", "common"]);
  const today = schoolToday();
  const weekStart = startOfWeek(parseDateParam((await searchParams).week) ?? today);
  const [lessons, own] = await Promise.all([getDiaryWeek(pupil, weekStart), getDiaryPupils(user)]);
  const canTick = pupil.id === user.id && can(user.roles, "homework:complete");
  const isOwnReader = own.some((p) => p.id === pupil.id);
  // Only the child's own parent explains absences (the action checks the same link).
  const isParentOf = isOwnReader && pupil.id !== user.id && can(user.roles, "absence:report", { schoolId: pupil.schoolId });
  return (
    <section aria-labelledby="week-heading" className="space-y-4">
      <h2 id="week-heading" className="sr-only">
        {t("diary:week.heading")}
      </h2>
      {isOwnReader && <Announcements user={user} />}
      <WeekSwitcher basePath={`/diary/${pupil.id}`} weekStart={weekStart} today={today} />
      {isOwnReader && pupil.unread > 0 && <UnreadBanner studentId={pupil.id} count={pupil.unread} />}
      <DiaryWeek days={weekView(lessons, weekStart, today, lng)} canTick={canTick} />
      {isParentOf && <AbsenceExplanations pupil={pupil} weekStart={weekStart} />}
    </section>
  );
}
