"use client";
// "What do I need": the pupil or parent picks the mark they aim for and a kind of work; the answer
// (how many more fives of that kind) is worked out in the browser by lib/grading's pure function
// from the marks already on the page, so trying choices costs no request.
import { useId, useState } from "react";
import { formatDecimal } from "@/lib/diary/format";
import { formatAverage, type TThresholds, type TWeightedMark } from "@/lib/grading/term-mark";
import { type TTarget, whatDoINeed } from "@/lib/grading/what-do-i-need";
import { useT } from "@/lib/i18n/translation.client";

export type TKindChoice = { id: number; name: string; weight: number };

const comma = (n: number) => formatAverage(n).replace(".", ",");

export function WhatDoINeed({
  marks,
  thresholds,
  kinds,
  lessonsLeft,
  suggested,
}: {
  marks: TWeightedMark[];
  thresholds: TThresholds;
  kinds: TKindChoice[];
  lessonsLeft: number | null;
  suggested: number | null;
}) {
  const { t } = useT(["diary"]);
  const id = useId();
  const [target, setTarget] = useState<TTarget>(suggested !== null && suggested < 5 ? ((suggested + 1) as TTarget) : 5);
  const [kindId, setKindId] = useState(kinds[0]?.id ?? 0);
  const kind = kinds.find((k) => k.id === kindId) ?? kinds[0];
  if (!kind) return null;
  const answer = whatDoINeed(marks, target, kind.weight, thresholds, lessonsLeft);
  const text =
    answer.kind === "reached"
      ? t("marks.target.reached", { target, mark: answer.suggested })
      : t(answer.kind === "needs" ? "marks.target.needs" : "marks.target.unreachable", {
          kind: kind.name,
          target,
          count: answer.count,
          threshold: formatDecimal(answer.threshold),
          average: answer.kind === "needs" ? comma(answer.averageAfter) : "",
          left: answer.kind === "unreachable" ? answer.lessonsLeft : 0,
        });
  return (
    <div className="mt-3 space-y-2 rounded-md bg-slate-50 px-3 py-2" data-testid="what-do-i-need">
      <p className="font-medium">{t("marks.target.title")}</p>
      <div className="flex flex-wrap gap-3">
        <div>
          <label htmlFor={`${id}-target`} className="mb-1 block text-slate-700">
            {t("marks.target.target")}
          </label>
          <select
            id={`${id}-target`}
            value={target}
            onChange={(e) => setTarget(Number(e.target.value) as TTarget)}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-2"
          >
            {[5, 4, 3].map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-kind`} className="mb-1 block text-slate-700">
            {t("marks.target.kind")}
          </label>
          <select
            id={`${id}-kind`}
            value={kind.id}
            onChange={(e) => setKindId(Number(e.target.value))}
            className="min-h-10 w-full max-w-xs rounded-md border border-slate-300 bg-white px-2"
          >
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {t("marks.target.kindOption", { name: k.name, weight: formatDecimal(k.weight) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite" data-testid="target-answer">
        {text}
      </p>
      <p className="text-xs text-slate-500">{t("marks.target.definition")}</p>
    </div>
  );
}
