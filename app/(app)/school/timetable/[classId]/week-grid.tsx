"use client";
// The class's week: lesson numbers down, weekdays across, each cell with its lessons (two when
// subgroups sit side by side, or odd and even weeks differ) and a button to remove one.
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { formatMinutes, weekdayNameByIndex } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TClassTimetable } from "@/lib/timetable/admin-queries";
import { deleteSlotAction } from "@/lib/timetable/slot-actions";
import { FormStatus } from "../../../../../components/ui/fields";
import { subjectLabel, teacherInitials } from "./slot-label";

const WEEKDAYS = [1, 2, 3, 4, 5, 6];

export function WeekGrid({ slots, periods, bells }: { slots: TClassTimetable["slots"]; periods: number[]; bells: { number: number; startMinute: number }[] }) {
  const { t, lng } = useT("admin");
  const remove = useActionForm(deleteSlotAction);
  return (
    <div className="space-y-2">
      <ScrollRegion label={t("timetable.weekGrid")}>
        <table className="w-full min-w-[44rem] table-fixed border-collapse text-sm" data-testid="week-grid">
          <thead>
            <tr>
              <th className="w-16 border-b border-slate-200 py-2 text-left font-medium text-slate-600">{t("timetable.number")}</th>
              {WEEKDAYS.map((d) => (
                <th key={d} className="border-b border-slate-200 py-2 text-left font-medium capitalize">
                  {weekdayNameByIndex(d, lng)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => {
              const bell = bells.find((b) => b.number === p);
              return (
                <tr key={p} className="align-top">
                  <th scope="row" className="border-b border-slate-100 py-2 pr-2 text-left font-normal text-slate-600">
                    {p}
                    {bell && <span className="block text-xs">{formatMinutes(bell.startMinute)}</span>}
                  </th>
                  {WEEKDAYS.map((d) => (
                    <td key={d} className="border-b border-l border-slate-100 p-1">
                      {slots
                        .filter((s) => s.weekday === d && s.period === p)
                        .map((s) => (
                          <div key={s.id} className="mb-1 rounded bg-brand-50 px-2 py-1" data-testid="slot">
                            <p className="font-medium">{subjectLabel(s.assignment, lng, true)}</p>
                            <p className="text-xs text-slate-600">
                              {teacherInitials(s.assignment.teacher)}
                              {s.room ? ` · ${t("timetable.roomShort", { room: s.room })}` : ""}
                              {s.parity !== "ALL" ? ` · ${t(`timetable.parity.${s.parity}`)}` : ""}
                            </p>
                            <button
                              type="button"
                              className="text-xs text-red-700 hover:underline"
                              disabled={remove.pending}
                              onClick={() => void remove.run({ slotId: s.id })}
                            >
                              {t("actions.remove")}
                              <span className="sr-only">
                                : {t("timetable.removeSlot", { subject: subjectLabel(s.assignment, lng), day: weekdayNameByIndex(d, lng), n: p })}
                              </span>
                            </button>
                          </div>
                        ))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <FormStatus error={remove.formError} />
    </div>
  );
}
