"use client";
// Publishing a timetable for a term, and what it did: lessons created, moved, removed, and the
// lessons it could not move because something was written in them.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatDate } from "@/lib/i18n/dates";
import { localized } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import type { TPublishResult } from "@/lib/timetable/publish";
import { publishTimetableAction } from "@/lib/timetable/publish-actions";
import { FormStatus, SelectField } from "../../../../components/ui/fields";

type TTerm = { id: number; number: number; termKind: "QUARTER" | "TRIMESTER"; startDate: string; endDate: string; isLocked: boolean };

export function PublishForm({ terms, classId, defaultTermId }: { terms: TTerm[]; classId?: number; defaultTermId?: number }) {
  const { t, lng } = useT(["admin", "common"]);
  const [result, setResult] = useState<TPublishResult | null>(null);
  const form = useActionForm(publishTimetableAction);
  const open = terms.filter((term) => !term.isLocked);
  if (open.length === 0) return <p className="text-sm text-slate-600">{t("timetable.noOpenTerms")}</p>;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setResult(null);
        const termId = new FormData(e.currentTarget).get("termId");
        const data = await form.run({ termId: String(termId), classId: classId ?? "" });
        if (data) setResult(data);
      }}
    >
      <SelectField
        name="termId"
        label={t("timetable.term")}
        defaultValue={defaultTermId ?? open[0].id}
        error={form.error("termId")}
        options={open.map((term) => ({
          value: term.id,
          label: `${t(term.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n: term.number })} (${formatDate(term.startDate, lng)} – ${formatDate(term.endDate, lng)})`,
        }))}
      />
      <p className="text-sm text-slate-600">{t("timetable.publishHint")}</p>
      <FormStatus error={form.formError} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("timetable.publishing") : classId ? t("timetable.publish") : t("timetable.publishAll")}
      </Button>
      {result && (
        <div role="status" className="space-y-2 rounded-md bg-brand-50 p-3 text-sm" data-testid="publish-result">
          <p className="font-medium">{t("timetable.published", { created: result.created, removed: result.removed, updated: result.updated })}</p>
          {result.skipped > 0 && <p>{t("timetable.skippedClasses", { count: result.skipped })}</p>}
          {result.kept.length > 0 && (
            <>
              <p className="text-amber-900">{t("timetable.keptIntro", { count: result.kept.length })}</p>
              <ul className="list-disc space-y-0.5 pl-5">
                {result.kept.map((k) => (
                  <li key={k.id}>
                    {formatDate(k.date, lng, { weekday: true })}, {t("timetable.periodN", { n: k.period })}: {k.className} · {localized(k.subject, lng)} —{" "}
                    {k.records.map((r) => t(`timetable.records.${r}`)).join(", ")}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
