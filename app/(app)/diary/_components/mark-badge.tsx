"use client";
// A mark as a diary shows it: the value (a dot for a pending point); its kind of work, weight and
// the teacher's comment on hover (title) and on tap (a native popover). The popover is made when the
// pointer or the focus first reaches the mark, before the click that opens it, so a page of marks
// does not carry a popover per mark and the browser's own invoker behaviour still opens and closes it.
import { useState } from "react";
import type { TMarkView } from "@/lib/diary/week-view";
import { useT } from "@/lib/i18n/translation.client";

// The look is app/globals.css's .mark with the tone of its grade (.mark-5 … .mark-2; other values
// and pending points keep the plain tone) and .mark-noted when the teacher left a comment.
const TONE: Record<number, string> = { 5: " mark-5", 4: " mark-4", 3: " mark-3", 2: " mark-2" };

export function MarkBadge({ mark, popoverId }: { mark: TMarkView; popoverId: string }) {
  const { t } = useT("diary");
  const [isMade, setMade] = useState(false);
  const make = isMade ? undefined : () => setMade(true);
  const details = t("mark.details", { kind: mark.kind, weight: mark.weight });
  const label = mark.pending ? t("mark.pending") : t("mark.label", { value: mark.value, details });
  const tone = mark.value === null ? "" : (TONE[mark.value] ?? "");
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
        className={`mark${tone}${mark.comment ? " mark-noted" : ""}`}
      >
        {mark.pending ? "•" : mark.value}
      </button>
      {isMade && (
        <div id={popoverId} popover="auto" className="mark-popover">
          <p className="font-semibold">{label}</p>
          {mark.comment && <p className="mt-1 wrap-anywhere">{t("mark.comment", { comment: mark.comment })}</p>}
        </div>
      )}
    </>
  );
}
