// Marks by subject for a term: marks in date order (kind of work and weight on tap), the weighted

// average, the term mark when set, and what would raise it; per subject, how the average is made
// and what a chosen mark needs (average-explained.tsx).
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getReadablePupil } from "@/lib/diary/access";
import { formatDecimal } from "@/lib/diary/format";
import { getTermMarks } from "@/lib/diary/marks-queries";
import type { TSubjectRow } from "@/lib/diary/subject-summary";
import { markView } from "@/lib/diary/week-view";
import { formatShortDate, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { MarkBadge } from "../../_components/mark-badge";
import { AverageExplained } from "./average-explained";

export const generateMetadata = pageTitle("common", "nav.diary");

export default async function DiaryMarksPage({ params, searchParams }: { params: Promise<{ studentId: string }>; searchParams: Promise<{ term?: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const { t, lng } = await getT(["diary", "common"]);
  const result = await getTermMarks(pupil, schoolToday(), (await searchParams).term);
  if (!result) {
    return (
      <Card>
        <EmptyState>{t("diary:marks.noYear")}</EmptyState>
      </Card>
    );
  }
  const kindChoices = result.workKinds.map((k) => ({ id: k.id, name: localized(k, lng), weight: k.weight }));
  const termName = (n: number) => t(result.termKind === "TRIMESTER" ? "common:trimester" : "common:quarter", { n });
  const finalText = (row: TSubjectRow) =>
    !row.final
      ? null
      : row.final.status === "GRADED"
        ? String(row.final.value)
        : t(row.final.status === "EXEMPT" ? "diary:marks.exempt" : "diary:marks.notAssessed");
  return (
    <section aria-labelledby="marks-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="marks-heading" className="text-xl font-semibold">
          {t("diary:marks.title")}: {termName(result.term.number)}
        </h2>
        <nav aria-label={t("diary:marks.terms")}>
          <ul className="flex flex-wrap gap-1">
            {result.terms.map((term) => (
              <li key={term.id}>
                <Link
                  href={`/diary/${pupil.id}/marks?term=${term.number}`}
                  aria-current={term.id === result.term.id ? "page" : undefined}
                  className="term-link"
                >
                  {termName(term.number)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {result.rows.length === 0 ? (
        <Card>
          <EmptyState>{t("diary:marks.noSubjects")}</EmptyState>
        </Card>
      ) : (
        <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {result.rows.map((row) => (
            <li key={row.subject.id} className="card p-4" data-testid="subject-marks">
              <div className="subject-head">
                <h3 className="font-semibold">{localized(row.subject, lng)}</h3>
                <dl className="subject-figures">
                  {row.averageText && (
                    <div>
                      <dt>{t("diary:marks.average")}:</dt>
                      <dd data-testid="average">{row.averageText.replace(".", ",")}</dd>
                    </div>
                  )}
                  {row.final && (
                    <div>
                      <dt>{t(`diary:marks.termMark.${result.termKind}`)}:</dt>
                      <dd data-testid="term-mark">{finalText(row)}</dd>
                    </div>
                  )}
                </dl>
              </div>
              {row.marks.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">{t("diary:marks.noMarks")}</p>
              ) : (
                <ol className="term-marks">
                  {row.marks.map((m) => (
                    <li key={m.id}>
                      <MarkBadge mark={markView(m, lng)} popoverId={`term-mark-${m.id}`} />
                      <span className="mark-date">{formatShortDate(m.date)}</span>
                    </li>
                  ))}
                </ol>
              )}
              {!row.final && row.suggested !== null && <p className="mt-3 text-sm text-slate-700">{t("diary:marks.suggested", { mark: row.suggested })}</p>}
              {row.advice.length > 0 && (
                <div className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="advice">
                  <p className="font-medium">{t("diary:marks.need")}</p>
                  <ul className="list-inside list-disc text-slate-700">
                    {row.advice.map((a) => (
                      <li key={`${a.value}-${a.weight}`}>
                        {t("diary:marks.advice", { count: a.count, value: a.value, weight: formatDecimal(a.weight), target: a.target })}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <AverageExplained row={row} thresholds={result.thresholds} kinds={kindChoices} t={t} lng={lng} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
