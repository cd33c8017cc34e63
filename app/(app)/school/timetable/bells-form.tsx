"use client";
// A bell schedule: lesson numbers with their start and end times. Rows can be added and removed;
// saving replaces the whole schedule.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatMinutes } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TBellSchedule } from "@/lib/timetable/admin-queries";
import { saveBellsAction } from "@/lib/timetable/bell-actions";
import { FormStatus } from "../../../../components/ui/fields";

type TRow = { number: string; start: string; end: string };

export function BellsForm({ variant, schedule }: { variant: "NORMAL" | "SHORT"; schedule: TBellSchedule | null }) {
  const { t } = useT(["admin", "common"]);
  const [name, setName] = useState(schedule?.name ?? t(`timetable.bellNames.${variant}`));
  const [rows, setRows] = useState<TRow[]>(
    schedule?.periods.map((p) => ({ number: String(p.number), start: formatMinutes(p.startMinute), end: formatMinutes(p.endMinute) })) ?? [
      { number: "1", start: "08:00", end: "08:40" },
    ],
  );
  const form = useActionForm(saveBellsAction);
  const set = (i: number, key: keyof TRow, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void form.run({ variant, name, periods: rows });
      }}
    >
      <TextField label={t("timetable.bellName")} value={name} error={form.error("name")} onChange={(e) => setName(e.target.value)} />
      <ol className="space-y-2" data-testid={`bells-${variant}`}>
        {rows.map((r, i) => (
          <li key={i} className="grid grid-cols-[3.5rem_minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-1.5 sm:gap-2">
            <TextField
              className="min-w-0"
              label={t("timetable.number")}
              type="number"
              min={0}
              max={12}
              value={r.number}
              error={form.error(`periods.${i}.number`)}
              onChange={(e) => set(i, "number", e.target.value)}
            />
            <TextField
              className="min-w-0"
              label={t("timetable.start")}
              type="time"
              value={r.start}
              error={form.error(`periods.${i}.start`)}
              onChange={(e) => set(i, "start", e.target.value)}
            />
            <TextField
              className="min-w-0"
              label={t("timetable.end")}
              type="time"
              value={r.end}
              error={form.error(`periods.${i}.end`)}
              onChange={(e) => set(i, "end", e.target.value)}
            />
            <Button
              variant="ghost"
              className="mt-6"
              aria-label={t("timetable.removePeriod", { n: r.number })}
              onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </li>
        ))}
      </ol>
      {form.error("periods") && <p className="text-sm text-red-700">{form.error("periods")}</p>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            setRows((rs) => {
              const last = rs[rs.length - 1];
              return [...rs, { number: String(last ? Number(last.number) + 1 : 1), start: last?.end ?? "08:00", end: last?.end ?? "08:40" }];
            })
          }
        >
          {t("timetable.addPeriod")}
        </Button>
        <Button type="submit" disabled={form.pending}>
          {t("common:actions.save")}
        </Button>
      </div>
      <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
    </form>
  );
}
