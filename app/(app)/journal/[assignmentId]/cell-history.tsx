"use client";
// The audit trail of one cell, newest first: who changed what, when, from what to what.
import { useEffect, useState } from "react";
import type { TServerError } from "@/lib/errors";
import { readActionResult, translateServerError } from "@/lib/forms/action-result.client";
import { formatDate, formatMinutes, toIsoDate } from "@/lib/i18n/dates";
import { localized } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import { getCellHistoryAction, type THistoryEntry } from "@/lib/journal/actions";
import { markLabel } from "@/lib/journal/cell-input.client";
import { absenceLetter, useGrid } from "./grid-context";

/** An instant in school time (Moscow, UTC+3 all year): "25 ноября, 09:41". */
function formatMoment(iso: string, lng: "ru" | "tt"): string {
  const local = new Date(new Date(iso).getTime() + 3 * 3600_000);
  return `${formatDate(toIsoDate(local), lng)}, ${formatMinutes(local.getUTCHours() * 60 + local.getUTCMinutes())}`;
}

export function CellHistory({ lessonId, studentId }: { lessonId: string; studentId: number }) {
  const { t, lng } = useT(["journal", "errors"]);
  const { workKindById, absenceById } = useGrid();
  const [entries, setEntries] = useState<THistoryEntry[] | null>(null);
  const [error, setError] = useState<TServerError | null>(null);
  useEffect(() => {
    getCellHistoryAction({ lessonId, studentId })
      .then((result) => {
        const r = readActionResult(result);
        if (r.ok) setEntries(r.data);
        else setError(r.error);
      })
      .catch(() => setError({ code: "unexpected" }));
  }, [lessonId, studentId]);

  const describeValue = (value: unknown): string => {
    if (!value || typeof value !== "object") return "—";
    const v = value as { value?: number | null; isPending?: boolean; workKindId?: number; comment?: string | null; absenceCodeId?: number };
    if (v.absenceCodeId !== undefined) {
      const a = absenceById.get(v.absenceCodeId);
      return a ? `${absenceLetter(a, lng)} (${localized(a, lng)})` : "?";
    }
    const kind = v.workKindId ? workKindById.get(v.workKindId) : undefined;
    const mark = markLabel({ value: v.value ?? null, isPending: Boolean(v.isPending) });
    return `${mark}${kind ? ` (${localized(kind, lng)})` : ""}${v.comment ? ` «${v.comment}»` : ""}`;
  };

  if (error) return <p className="text-sm text-red-700">{translateServerError(t, error)}</p>;
  if (!entries) return <p className="text-sm text-slate-500">{t("journal:loading")}</p>;
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("journal:history.none")}</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="cell-history">
      {entries.map((e) => (
        <li key={e.id} className="rounded-md bg-slate-50 px-2 py-1">
          <div className="flex flex-wrap justify-between gap-x-2 text-xs text-slate-600">
            <span>{formatMoment(e.at, lng)}</span>
            <span>{e.actorName ?? t("journal:history.system")}</span>
          </div>
          <div>
            <span className="font-medium">{t(`journal:history.${e.action.replace(".", "_")}`, { defaultValue: e.action })}</span>
            {": "}
            {e.before != null && <span className="text-slate-500 line-through">{describeValue(e.before)}</span>}
            {e.before != null && e.after != null && " → "}
            {e.after != null && <span>{describeValue(e.after)}</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
