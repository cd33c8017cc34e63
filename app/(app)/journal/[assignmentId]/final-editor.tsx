"use client";
// Choosing a term or year mark: a value of the school's scale, "not assessed", "exempt", the
// suggested mark in one press, or no mark.
import { Button } from "@/components/ui/button";
import { formatAverage } from "@/lib/grading/term-mark";
import { useT } from "@/lib/i18n/translation.client";
import { Dialog } from "./dialog";
import type { TFinalValue } from "./stores";

export function FinalEditor(props: {
  title: string;
  current: TFinalValue;
  average: number | null;
  suggestion: number | null;
  allowedValues: readonly number[];
  canWrite: boolean;
  onChoose: (value: TFinalValue) => void;
  onClose: () => void;
}) {
  const { t } = useT(["journal", "common"]);
  const choose = (value: TFinalValue) => {
    props.onChoose(value);
    props.onClose();
  };
  const graded = (value: number): TFinalValue => ({ status: "GRADED", value, suggested: props.suggestion, isOverride: value !== props.suggestion });
  const isCurrent = (status: string, value: number | null = null) => props.current?.status === status && props.current.value === value;
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <dl className="mb-4 grid grid-cols-2 gap-2 text-sm">
        <dt className="text-slate-600">{t("journal:grid.average")}</dt>
        <dd className="font-semibold tabular-nums">{formatAverage(props.average) || "—"}</dd>
        <dt className="text-slate-600">{t("journal:final.suggestedLabel")}</dt>
        <dd className="font-semibold">{props.suggestion ?? t("journal:final.noSuggestion")}</dd>
      </dl>
      {props.canWrite ? (
        <div className="space-y-3">
          {props.suggestion !== null && (
            <Button className="w-full" onClick={() => choose(graded(props.suggestion as number))}>
              {t("journal:final.accept", { mark: props.suggestion })}
            </Button>
          )}
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t("journal:final.choose")}</legend>
            <div className="flex flex-wrap gap-2">
              {props.allowedValues.map((v) => (
                <Button
                  key={v}
                  variant={isCurrent("GRADED", v) ? "primary" : "secondary"}
                  aria-pressed={isCurrent("GRADED", v)}
                  onClick={() => choose(graded(v))}
                >
                  {v}
                </Button>
              ))}
              <Button
                variant={isCurrent("NOT_ASSESSED") ? "primary" : "secondary"}
                onClick={() => choose({ status: "NOT_ASSESSED", value: null, suggested: props.suggestion, isOverride: false })}
              >
                {t("journal:final.notAssessedLong")}
              </Button>
              <Button
                variant={isCurrent("EXEMPT") ? "primary" : "secondary"}
                onClick={() => choose({ status: "EXEMPT", value: null, suggested: props.suggestion, isOverride: false })}
              >
                {t("journal:final.exemptLong")}
              </Button>
            </div>
          </fieldset>
          {props.current !== null && (
            <Button variant="ghost" onClick={() => choose(null)}>
              {t("journal:final.remove")}
            </Button>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("journal:readOnly")}</p>
      )}
    </Dialog>
  );
}
