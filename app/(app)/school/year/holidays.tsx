"use client";
// Holidays of a year: breaks between terms and single days off. Lessons already generated on a new
// holiday are counted, since only publishing the timetable again removes them.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatDate } from "@/lib/i18n/dates";
import { localized } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import { addHolidayAction, deleteHolidayAction } from "@/lib/school/year-actions";
import type { TAdminHoliday } from "@/lib/school/year-queries";
import { FormStatus } from "../../../../components/ui/fields";

export function Holidays({ yearId, holidays }: { yearId: number; holidays: TAdminHoliday[] }) {
  const { t, lng } = useT(["admin", "common"]);
  const add = useActionForm(addHolidayAction);
  const remove = useActionForm(deleteHolidayAction);
  const [lessonsOnHoliday, setLessonsOnHoliday] = useState(0);
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm">
        {holidays.map((h) => (
          <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{localized(h, lng)}</span>{" "}
              <span className="text-slate-600">
                {h.startDate === h.endDate ? formatDate(h.startDate, lng) : `${formatDate(h.startDate, lng)} – ${formatDate(h.endDate, lng)}`}
              </span>
            </span>
            <Button variant="ghost" disabled={remove.pending} onClick={() => void remove.run({ holidayId: h.id })}>
              {t("actions.remove")}
              <span className="sr-only"> «{localized(h, lng)}»</span>
            </Button>
          </li>
        ))}
      </ul>
      <FormStatus error={remove.formError} />
      <form
        noValidate
        className="grid items-start gap-2 sm:grid-cols-2"
        onSubmit={add.handleSubmit((v) => ({ ...v, yearId }), { reset: true, onDone: (data) => setLessonsOnHoliday(data.lessonsOnHoliday) })}
      >
        <TextField name="nameRu" label={t("year.nameRu")} error={add.error("nameRu")} />
        <TextField name="nameTt" label={t("year.nameTt")} error={add.error("nameTt")} />
        <TextField name="startDate" type="date" label={t("year.from")} error={add.error("startDate")} />
        <TextField name="endDate" type="date" label={t("year.to")} error={add.error("endDate")} />
        <div className="sm:col-span-2 space-y-2">
          <FormStatus error={add.formError} saved={add.isSaved} savedText={t("year.holidayAdded")} />
          <Button type="submit" variant="secondary" disabled={add.pending}>
            {t("year.addHoliday")}
          </Button>
        </div>
      </form>
      {add.isSaved && lessonsOnHoliday > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("year.lessonsOnHoliday", { count: lessonsOnHoliday })}
        </p>
      )}
    </div>
  );
}
