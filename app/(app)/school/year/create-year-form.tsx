"use client";
// A new school year starts from the usual Russian layout (quarters with autumn, winter and spring
// breaks, or trimesters) and the administrator adjusts the dates; breaks are saved as holidays.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { bilingual } from "@/lib/i18n/bilingual";
import { useT } from "@/lib/i18n/translation.client";
import { defaultYearLayout, type TTermKind } from "@/lib/school/calendar";
import { createYearAction } from "@/lib/school/year-actions";
import { CheckboxField, FormStatus, SelectField } from "../../../../components/ui/fields";

type THolidayRow = { startDate: string; endDate: string; nameRu: string; nameTt: string };

function layoutState(startYear: number, termKind: TTermKind) {
  const layout = defaultYearLayout(startYear, termKind);
  return {
    ...layout,
    holidays: layout.breaks.map((b): THolidayRow => ({ startDate: b.startDate, endDate: b.endDate, ...bilingual(`admin:year.breakNames.${b.kind}`) })),
  };
}

export function CreateYearForm({ suggestedStartYear }: { suggestedStartYear: number }) {
  const { t } = useT(["admin", "common"]);
  const [state, setState] = useState(() => layoutState(suggestedStartYear, "QUARTER"));
  const [makeCurrent, setMakeCurrent] = useState(false);
  const form = useActionForm(createYearAction);
  const termLabel = (n: number) => t(state.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n });
  const setTerm = (i: number, key: "startDate" | "endDate", value: string) =>
    setState((s) => ({ ...s, terms: s.terms.map((term, j) => (j === i ? { ...term, [key]: value } : term)) }));
  const setHoliday = (i: number, key: keyof THolidayRow, value: string) =>
    setState((s) => ({ ...s, holidays: s.holidays.map((h, j) => (j === i ? { ...h, [key]: value } : h)) }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.run({ ...state, makeCurrent });
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <SelectField
          label={t("year.startYear")}
          value={Number(state.name.slice(0, 4))}
          onChange={(e) => setState(layoutState(Number(e.target.value), state.termKind))}
          options={[-1, 0, 1, 2].map((d) => ({ value: suggestedStartYear + d, label: `${suggestedStartYear + d}/${suggestedStartYear + d + 1}` }))}
        />
        <SelectField
          label={t("year.termKind")}
          value={state.termKind}
          onChange={(e) => setState(layoutState(Number(state.name.slice(0, 4)), e.target.value as TTermKind))}
          options={[
            { value: "QUARTER", label: t("year.kinds.QUARTER") },
            { value: "TRIMESTER", label: t("year.kinds.TRIMESTER") },
          ]}
        />
        <TextField
          label={t("year.startDate")}
          type="date"
          value={state.startDate}
          error={form.error("startDate")}
          onChange={(e) => setState({ ...state, startDate: e.target.value })}
        />
        <TextField
          label={t("year.endDate")}
          type="date"
          value={state.endDate}
          error={form.error("endDate")}
          onChange={(e) => setState({ ...state, endDate: e.target.value })}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("year.terms")}</legend>
        {form.error("terms") && <p className="text-sm text-red-700">{form.error("terms")}</p>}
        {state.terms.map((term, i) => (
          <div key={`${state.termKind}-${i}`} className="grid items-start gap-2 sm:grid-cols-[10rem_1fr_1fr]">
            <span className="pt-8 text-sm font-medium">{termLabel(i + 1)}</span>
            <TextField
              label={t("year.from")}
              type="date"
              value={term.startDate}
              error={form.error(`terms.${i}.startDate`)}
              onChange={(e) => setTerm(i, "startDate", e.target.value)}
            />
            <TextField
              label={t("year.to")}
              type="date"
              value={term.endDate}
              error={form.error(`terms.${i}.endDate`)}
              onChange={(e) => setTerm(i, "endDate", e.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("year.breaks")}</legend>
        <p className="text-sm text-slate-600">{t("year.breaksHint")}</p>
        {state.holidays.map((h, i) => (
          <div key={i} className="grid items-start gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto]">
            <TextField
              label={t("year.nameRu")}
              value={h.nameRu}
              error={form.error(`holidays.${i}.nameRu`)}
              onChange={(e) => setHoliday(i, "nameRu", e.target.value)}
            />
            <TextField
              label={t("year.nameTt")}
              value={h.nameTt}
              error={form.error(`holidays.${i}.nameTt`)}
              onChange={(e) => setHoliday(i, "nameTt", e.target.value)}
            />
            <TextField
              label={t("year.from")}
              type="date"
              value={h.startDate}
              error={form.error(`holidays.${i}.startDate`)}
              onChange={(e) => setHoliday(i, "startDate", e.target.value)}
            />
            <TextField
              label={t("year.to")}
              type="date"
              value={h.endDate}
              error={form.error(`holidays.${i}.endDate`)}
              onChange={(e) => setHoliday(i, "endDate", e.target.value)}
            />
            <Button variant="ghost" className="self-end" onClick={() => setState((s) => ({ ...s, holidays: s.holidays.filter((_, j) => j !== i) }))}>
              {t("actions.remove")}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => setState((s) => ({ ...s, holidays: [...s.holidays, { startDate: s.startDate, endDate: s.startDate, nameRu: "", nameTt: "" }] }))}
        >
          {t("year.addBreak")}
        </Button>
      </fieldset>
      <CheckboxField label={t("year.makeCurrent")} checked={makeCurrent} onChange={(e) => setMakeCurrent(e.target.checked)} />
      <FormStatus error={form.formError} saved={form.isSaved} savedText={t("year.created")} />
      <Button type="submit" disabled={form.pending}>
        {t("year.create")}
      </Button>
    </form>
  );
}
