// Parents' reasons for absences of this class's pupils during the term, for its homeroom teacher
// (and the school's administration), beside the announced absences: each pending one can be
// accepted (the absences become excused) or declined.
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { explanationsForClass } from "@/lib/messages/absence-explanations";
import { DecideExplanation } from "./decide-explanation";

export async function AbsenceExplanations({ classId, from, to }: { classId: number; from: string; to: string }) {
  const user = await requireUser();
  const explanations = await explanationsForClass(user, classId, from, to);
  if (explanations.length === 0) return null;
  const { t, lng } = await getT("messages");
  return (
    <section className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950" aria-labelledby="absence-explanations-title" data-testid="absence-explanations">
      <h2 id="absence-explanations-title" className="font-medium">
        {t("explanations.banner")}
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {explanations.map((x) => (
          <li key={x.id} className="flex flex-wrap items-center gap-2" data-testid="absence-explanation">
            <span>
              {x.studentName}: {formatDate(x.date, lng)} ({x.lessons.join(", ")}). {x.reason}
            </span>
            {x.hasFile && (
              <a href={`/api/absence-explanation-files/${x.id}`} className="text-brand-700 underline" target="_blank" rel="noopener">
                {t("explanations.photo")}
              </a>
            )}
            {x.status === "PENDING" ? (
              <DecideExplanation explanationId={x.id} labels={{ accept: t("explanations.accept"), decline: t("explanations.decline") }} />
            ) : (
              <span className={x.status === "ACCEPTED" ? "text-green-800" : "text-red-700"}>{t(`explanations.status.${x.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
