"use client";
// The person's open sessions (device, last seen) with a button to end each but the current one.
import { Button } from "@/components/ui/button";
import { endSessionAction } from "@/lib/auth/session-actions";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";

export type TSessionRow = { id: string; device: string; lastSeen: string; isCurrent: boolean };

export function SessionsList({ sessions }: { sessions: TSessionRow[] }) {
  const { t } = useT("auth");
  const end = useActionForm(endSessionAction);
  return (
    <section className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="mb-3 text-lg font-semibold">
        {t("sessions.title")}
      </h2>
      <ul className="divide-y divide-slate-100">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-3 py-2 text-sm" data-testid="session-row">
            <span>
              <span className="font-medium">{s.device}</span>
              <span className="block text-slate-600">{s.isCurrent ? t("sessions.current") : t("sessions.lastSeen", { when: s.lastSeen })}</span>
            </span>
            {!s.isCurrent && (
              <Button variant="secondary" disabled={end.pending} onClick={() => void end.run({ sessionId: s.id })}>
                {t("sessions.end")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {end.formError && <p className="mt-2 text-sm text-red-700">{end.formError}</p>}
    </section>
  );
}
