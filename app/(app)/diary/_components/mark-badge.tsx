"use client";
// A mark as a diary shows it: the value (a dot for a pending point); its kind of work, weight and
// the teacher's comment on hover (title) and on tap (a native popover). The popover is made when the
// pointer or the focus first reaches the mark, before the click that opens it, so a page of marks
// does not carry a popover per mark and the browser's own invoker behaviour still opens and closes it.
import { useState } from "react";
import type { TMarkView } from "@/lib/diary/week-view";
import { useT } from "@/lib/i18n/translation.client";

const TONE: Record<number, string> = {
  5: "bg-emerald-100 text-emerald-900",
  4: "bg-brand-50 text-brand-800",
  3: "bg-amber-100 text-amber-900",
  2: "bg-red-100 text-red-900",
};

export function MarkBadge({ mark, popoverId }: { mark: TMarkView; popoverId: string }) {
  const { t } = useT("diary");
  const [isMade, setMade] = useState(false);
  const make = isMade ? undefined : () => setMade(true);
  const details = t("mark.details", { kind: mark.kind, weight: mark.weight });
  const label = mark.pending ? t("mark.pending") : t("mark.label", { value: mark.value, details });
  const tone = mark.value === null ? "bg-slate-100 text-slate-800" : (TONE[mark.value] ?? "bg-slate-100 text-slate-800");
  return (
    <>
      <button
        type="button"
        popoverTarget={popoverId}
        onPointerDown={make}
        onFocus={make}
        title={[mark.pending ? label : details, mark.comment].filter(Boolean).join(" — ")}
        aria-label={label}
        data-testid="mark"
        className={`inline-flex min-h-8 min-w-8 items-center justify-center rounded-md px-1.5 text-base font-semibold tabular-nums ${tone} ${mark.comment ? "underline decoration-dotted underline-offset-4" : ""}`}
      >
        {mark.pending ? "•" : mark.value}
      </button>
      {isMade && (
        <div id={popoverId} popover="auto" className="max-w-[min(20rem,90vw)] rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800 shadow-lg">
          <p className="font-semibold">{label}</p>
          {mark.comment && <p className="mt-1 wrap-anywhere">{t("mark.comment", { comment: mark.comment })}</p>}
        </div>
      )}
    </>
  );
}
