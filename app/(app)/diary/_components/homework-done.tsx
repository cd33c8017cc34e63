"use client";
// The "done" tick of one homework. The student ticks and unticks (the tick shows at once and falls
// back if the server refuses, with the reason); anyone else sees the state, read-only.
import { useOptimistic, useState, useTransition } from "react";
import { readActionResult, translateServerError } from "@/lib/forms/action-result.client";
import { setHomeworkDoneAction } from "@/lib/homework/completion-actions";
import { useT } from "@/lib/i18n/translation.client";

export function HomeworkDone({ homeworkId, isDone, canTick }: { homeworkId: string; isDone: boolean; canTick: boolean }) {
  const { t } = useT(["diary", "errors"]);
  const [shown, setShown] = useOptimistic(isDone);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!canTick) {
    return (
      <span className={isDone ? "homework-done" : "homework-open"} data-testid="homework-state">
        {isDone ? `✓ ${t("homework.done")}` : t("homework.notDone")}
      </span>
    );
  }

  // Taps while a previous tick is still saving are sent too: Next runs a page's actions in order,
  // so the last tap wins, as the box shows.
  function toggle(next: boolean) {
    setError(null);
    startTransition(async () => {
      setShown(next);
      try {
        const r = readActionResult(await setHomeworkDoneAction({ homeworkId, isDone: next }));
        if (!r.ok) setError(translateServerError(t, r.error));
      } catch {
        setError(translateServerError(t, { code: "unexpected" }));
      }
    });
  }

  return (
    <span className="inline-flex flex-col">
      <label className="tick">
        <input
          type="checkbox"
          className="tick-box"
          checked={shown}
          aria-busy={pending || undefined}
          onChange={(e) => toggle(e.currentTarget.checked)}
          data-testid="homework-done"
        />
        {t("homework.done")}
      </label>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
