"use client";
// What a person hears about, per child for a parent, and their quiet hours.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMinutes } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { setNotificationPreferencesAction } from "@/lib/notifications/actions";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import type { TNotificationSettings } from "@/lib/notifications/queries";

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
};

export function PreferencesForm({ settings }: { settings: TNotificationSettings }) {
  const { t } = useT(["notifications", "errors"]);
  const [events, setEvents] = useState(new Set(settings.events));
  const [muted, setMuted] = useState(new Set(settings.mutedStudentIds));
  const [quietFrom, setQuietFrom] = useState(formatMinutes(settings.quietFrom));
  const [quietTo, setQuietTo] = useState(formatMinutes(settings.quietTo));
  const [byEmail, setByEmail] = useState(settings.byEmail);
  const [status, setStatus] = useState<string | null>(null);
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  async function save() {
    setStatus(null);
    const r = await setNotificationPreferencesAction({
      events: [...events] as (typeof NOTIFICATION_EVENTS)[number][],
      quietFrom: toMinutes(quietFrom),
      quietTo: toMinutes(quietTo),
      byEmail,
      mutedStudentIds: [...muted],
    });
    setStatus(r?.data ? "saved" : `errors:${r?.serverError?.code ?? "validation"}`);
  }

  return (
    <Card title={t("settings.events")}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="flex flex-col gap-1">
          {NOTIFICATION_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={events.has(event)} onChange={() => setEvents(toggle(events, event))} />
              {t(`settings.event.${event}`)}
            </label>
          ))}
        </fieldset>
        {settings.children.length > 0 && (
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-sm font-medium">{t("settings.children")}</legend>
            {settings.children.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={!muted.has(c.id)} onChange={() => setMuted(toggle(muted, c.id))} />
                {c.firstName}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="flex flex-wrap items-center gap-2 text-sm">
          <legend className="mb-1 font-medium">{t("settings.quietHours")}</legend>
          <label className="flex items-center gap-1">
            {t("settings.quietFrom")}
            <input type="time" required value={quietFrom} onChange={(e) => setQuietFrom(e.target.value)} className="rounded border px-2 py-1" />
          </label>
          <label className="flex items-center gap-1">
            {t("settings.quietTo")}
            <input type="time" required value={quietTo} onChange={(e) => setQuietTo(e.target.value)} className="rounded border px-2 py-1" />
          </label>
          <p className="w-full text-xs text-slate-500">{t("settings.quietHint")}</p>
        </fieldset>
        {settings.hasEmail && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={byEmail} onChange={(e) => setByEmail(e.target.checked)} />
            {t("settings.byEmail")}
          </label>
        )}
        <div className="flex items-center gap-3">
          <Button type="submit">{t("settings.save")}</Button>
          {status && (
            <p role="status" className={`text-sm ${status === "saved" ? "text-green-700" : "text-red-700"}`}>
              {status === "saved" ? t("settings.saved") : t(status, { requestId: "" })}
            </p>
          )}
        </div>
      </form>
    </Card>
  );
}
