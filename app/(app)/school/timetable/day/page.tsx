import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { addDays, formatDate, parseDateParam, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getRoleOptions } from "@/lib/roster/people-queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { fullName } from "@/lib/school/names";
import { getDayLessons, getShortenedDayState } from "@/lib/timetable/admin-queries";
import { controlClass } from "../../../../../components/ui/fields";
import { LessonChangeForm } from "./lesson-change-form";
import { ShortenedDayForm } from "./shortened-day-form";

export const generateMetadata = pageTitle("admin", "timetable.title");

export default async function DayChangesPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT(["admin", "common"]);
  const day = parseDateParam((await searchParams).date) ?? schoolToday();
  const [lessons, teachers, shortened] = await Promise.all([
    getDayLessons(schoolId, day),
    getRoleOptions(schoolId, "TEACHER"),
    getShortenedDayState(schoolId, day),
  ]);
  const classes = [...new Map(lessons.map((l) => [l.classId, l.className])).entries()];
  const teacherOptions = teachers.map((p) => ({ value: p.id, label: fullName(p) }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("timetable.dayTitle", { date: formatDate(day, lng, { weekday: true, year: true }) })}</h1>
      <nav aria-label={t("common:week.label")} className="flex flex-wrap items-end gap-2">
        <a href={`?date=${addDays(day, -1)}`} className={buttonClass("secondary")} aria-label={t("timetable.previousDay")}>
          ←
        </a>
        <form className="flex items-end gap-2">
          <div>
            <label htmlFor="day-date" className="mb-1 block text-sm font-medium text-slate-700">
              {t("timetable.date")}
            </label>
            <input id="day-date" type="date" name="date" defaultValue={day} className={controlClass} />
          </div>
          <button type="submit" className={buttonClass("ghost")}>
            {t("common:week.go")}
          </button>
        </form>
        <a href={`?date=${addDays(day, 1)}`} className={buttonClass("secondary")} aria-label={t("timetable.nextDay")}>
          →
        </a>
      </nav>
      <Card title={t("timetable.shortenedDay")}>
        <ShortenedDayForm key={day} date={day} isShortened={shortened.isShortened} hasShortBells={shortened.hasShortBells} />
      </Card>
      {classes.length === 0 && (
        <Card>
          <EmptyState>{t("timetable.noLessonsThatDay")}</EmptyState>
        </Card>
      )}
      {classes.map(([classId, name]) => (
        <Card key={classId} title={name}>
          <ul className="divide-y divide-slate-100">
            {lessons
              .filter((l) => l.classId === classId)
              .map((l) => (
                <li key={l.id} className="py-3">
                  <LessonChangeForm lesson={l} teachers={teacherOptions.filter((o) => o.value !== l.teacherId)} />
                </li>
              ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
