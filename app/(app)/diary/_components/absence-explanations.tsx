// The week's absences of a parent's child with where each one's reason stands, and a way to give
// the reason (for one absence or the whole day) while it is unexcused and not yet explained.
import { Card } from "@/components/ui/card";
import type { TDiaryPupil } from "@/lib/diary/access";
import { addDays, formatDate, type TIsoDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pupilAbsences } from "@/lib/messages/absence-explanations";
import { ExplainAbsenceForm } from "./explain-absence-form";

export async function AbsenceExplanations({ pupil, weekStart }: { pupil: TDiaryPupil; weekStart: TIsoDate }) {
  const absences = await pupilAbsences(pupil.schoolId, pupil.id, weekStart, addDays(weekStart, 6));
  if (absences.length === 0) return null;
  const { t, lng } = await getT("diary");
  return (
    <Card title={t("explain.title")}>
      <ul className="-my-2 divide-y divide-slate-100 text-sm" data-testid="absence-explanations">
        {absences.map((a) => {
          const canExplain = a.isUnexcused && !a.isLocked && (a.status === null || a.status === "DECLINED");
          return (
            <li key={a.lessonId} className="py-2" data-testid="absence-row" data-lesson={a.lessonId}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="inline-flex min-h-7 min-w-7 items-center justify-center rounded-md bg-amber-100 px-1 font-semibold text-amber-900">
                  {lng === "tt" ? a.letterTt : a.letterRu}
                </span>
                <span>
                  {formatDate(a.date, lng, { weekday: true })} · {a.period}. {localized(a, lng)}
                </span>
                <span
                  className={a.status === "ACCEPTED" ? "text-green-800" : a.status === "DECLINED" ? "text-red-700" : "text-slate-600"}
                  data-testid="explanation-status"
                >
                  {t(`explain.status.${a.status ?? "none"}`)}
                  {a.isLocked && a.isUnexcused ? ` · ${t("explain.locked")}` : ""}
                </span>
              </div>
              {canExplain && <ExplainAbsenceForm studentId={pupil.id} lessonId={a.lessonId} />}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
