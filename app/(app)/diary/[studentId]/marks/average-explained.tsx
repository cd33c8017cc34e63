// How a subject's average is made, for families: each counted mark × the weight of its kind of
// work, the two sums, the division, and the school's thresholds that turn the average into the
// term mark; then "what do I need". Folded in a <details> so a phone shows one line per subject.
import { formatDecimal } from "@/lib/diary/format";
import type { TSubjectRow } from "@/lib/diary/subject-summary";
import { countsInAverage, roundShown, type TThresholds } from "@/lib/grading/term-mark";
import type { getT } from "@/lib/i18n/server";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { type TKindChoice, WhatDoINeed } from "./what-do-i-need";

type TTranslate = Awaited<ReturnType<typeof getT>>["t"];

export function AverageExplained({
  row,
  thresholds,
  kinds,
  t,
  lng,
}: {
  row: TSubjectRow;
  thresholds: TThresholds;
  /** The kinds of work in the reader's language: one array for every subject, so the RSC payload carries it once. */
  kinds: TKindChoice[];
  t: TTranslate;
  lng: TLanguage;
}) {
  const counted = row.marks.filter((m) => countsInAverage({ value: m.value, weight: m.workKind.weight, isPending: m.isPending }));
  const hasPending = row.marks.some((m) => m.isPending);
  const { products, weights } = row.sums;
  const average = row.average;
  const steps = [
    { mark: 5, value: thresholds.five },
    { mark: 4, value: thresholds.four },
    { mark: 3, value: thresholds.three },
  ];
  return (
    <details className="explained" data-testid="average-explained">
      <summary>{t("diary:marks.explain.summary")}</summary>
      {average === null ? (
        <p className="text-slate-600">{t("diary:marks.explain.noMarks")}</p>
      ) : (
        <div className="space-y-2">
          <div>
            <p className="flex justify-between gap-2 text-xs text-slate-500">
              <span>{t("diary:marks.explain.kind")}</span>
              <span>{t("diary:marks.explain.product")}</span>
            </p>
            <ol className="products divide-y divide-slate-100" data-testid="products">
              {counted.map((m) => (
                <li key={m.id}>
                  <span>{localized(m.workKind, lng)}</span>
                  <span>
                    {m.value} × {formatDecimal(m.workKind.weight)} = {formatDecimal((m.value ?? 0) * m.workKind.weight)}
                  </span>
                </li>
              ))}
            </ol>
          </div>
          {hasPending && <p className="text-slate-600">{t("diary:marks.explain.pending")}</p>}
          <dl className="grid grid-cols-[1fr_auto] gap-x-2 tabular-nums">
            <dt className="text-slate-600">{t("diary:marks.explain.sumProducts")}</dt>
            <dd data-testid="sum-products">{formatDecimal(products)}</dd>
            <dt className="text-slate-600">{t("diary:marks.explain.sumWeights")}</dt>
            <dd data-testid="sum-weights">{formatDecimal(weights)}</dd>
          </dl>
          <p className="font-medium tabular-nums" data-testid="division">
            {t(roundShown(average) === average ? "diary:marks.explain.division" : "diary:marks.explain.divisionApprox", {
              products: formatDecimal(products),
              weights: formatDecimal(weights),
              average: row.averageText.replace(".", ","),
            })}
          </p>
          <div>
            <p className="text-slate-600">{t("diary:marks.explain.thresholds")}</p>
            <ul data-testid="thresholds">
              {steps.map((s) => (
                <li key={s.mark} className={row.suggested === s.mark ? "font-semibold" : ""} aria-current={row.suggested === s.mark ? "true" : undefined}>
                  {t("diary:marks.explain.threshold", { value: formatDecimal(s.value), mark: s.mark })}
                </li>
              ))}
              <li className={row.suggested === 2 ? "font-semibold" : ""} aria-current={row.suggested === 2 ? "true" : undefined}>
                {t("diary:marks.explain.below")}
              </li>
            </ul>
          </div>
          {row.suggested !== null && <p>{t("diary:marks.explain.result", { average: row.averageText.replace(".", ","), mark: row.suggested })}</p>}
        </div>
      )}
      {!row.final && kinds.length > 0 && (
        <WhatDoINeed
          marks={row.marks.map((m) => ({ value: m.value, weight: m.workKind.weight, isPending: m.isPending }))}
          thresholds={thresholds}
          kinds={kinds}
          lessonsLeft={row.lessonsLeft}
          suggested={row.suggested}
        />
      )}
    </details>
  );
}
