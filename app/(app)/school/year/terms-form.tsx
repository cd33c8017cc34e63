"use client";
// The dates of a year and its terms, edited together because each change is checked against the
// whole layout; a term is locked or unlocked on its own button.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { setTermLockAction, updateTermsAction } from "@/lib/school/year-actions";
import type { TAdminYear } from "@/lib/school/year-queries";
import { FormStatus } from "../../../../components/ui/fields";

export function TermsForm({ year }: { year: TAdminYear }) {
  const { t } = useT(["admin", "common"]);
  const [dates, setDates] = useState({ startDate: year.startDate, endDate: year.endDate });
  const [terms, setTerms] = useState(year.terms.map((term) => ({ id: term.id, startDate: term.startDate, endDate: term.endDate })));
  const form = useActionForm(updateTermsAction);
  const lock = useActionForm(setTermLockAction);
  const termLabel = (n: number) => t(year.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n });
  const setTerm = (i: number, key: "startDate" | "endDate", value: string) => setTerms((ts) => ts.map((x, j) => (j === i ? { ...x, [key]: value } : x)));

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void form.run({ yearId: year.id, ...dates, terms });
      }}
    >
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <TextField
          label={t("year.startDate")}
          type="date"
          value={dates.startDate}
          error={form.error("startDate")}
          onChange={(e) => setDates({ ...dates, startDate: e.target.value })}
        />
        <TextField
          label={t("year.endDate")}
          type="date"
          value={dates.endDate}
          error={form.error("endDate")}
          onChange={(e) => setDates({ ...dates, endDate: e.target.value })}
        />
      </div>
      <ul className="space-y-2" data-testid={`terms-${year.id}`}>
        {year.terms.map((term, i) => (
          <li key={term.id} className="grid items-start gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[8rem_1fr_1fr]">
            <div className="text-sm">
              <p className="font-medium">{termLabel(term.number)}</p>
              <p className={term.isLocked ? "text-amber-700" : "text-slate-500"}>{term.isLocked ? t("year.locked") : t("year.open")}</p>
              <button
                type="button"
                className="mt-1 text-sm font-medium text-brand-700 hover:underline disabled:text-slate-400"
                disabled={lock.pending}
                onClick={() => void lock.run({ termId: term.id, isLocked: !term.isLocked })}
              >
                {term.isLocked ? t("year.unlock") : t("year.lock")}
                <span className="sr-only">: {termLabel(term.number)}</span>
              </button>
            </div>
            <TextField
              label={t("year.from")}
              type="date"
              value={terms[i].startDate}
              disabled={term.isLocked}
              error={form.error(`terms.${i}.startDate`)}
              onChange={(e) => setTerm(i, "startDate", e.target.value)}
            />
            <TextField
              label={t("year.to")}
              type="date"
              value={terms[i].endDate}
              disabled={term.isLocked}
              error={form.error(`terms.${i}.endDate`)}
              onChange={(e) => setTerm(i, "endDate", e.target.value)}
            />
          </li>
        ))}
      </ul>
      <FormStatus error={form.formError ?? lock.formError} saved={form.isSaved} savedText={t("saved")} />
      <Button type="submit" disabled={form.pending}>
        {t("common:actions.save")}
      </Button>
    </form>
  );
}
