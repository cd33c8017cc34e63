"use client";
// Marking a pupil's "what's new" read: on opening the feed, and with a button on the week. The time
// sent is when the page was rendered, so anything that arrived while reading stays new.
import { useEffect, useRef, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { markDiaryReadAction } from "@/lib/diary/actions";
import { useT } from "@/lib/i18n/translation.client";

export function MarkReadOnOpen({ studentId, upTo }: { studentId: number; upTo: string }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void markDiaryReadAction({ studentId, upTo });
  }, [studentId, upTo]);
  return null;
}

export function MarkAllReadButton({ studentId, upTo }: { studentId: number; upTo: string }) {
  const { t } = useT("diary");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={buttonClass("secondary")}
      aria-busy={pending || undefined}
      onClick={() =>
        startTransition(async () => {
          if (!pending) await markDiaryReadAction({ studentId, upTo });
        })
      }
    >
      {t("news.markAllRead")}
    </button>
  );
}
