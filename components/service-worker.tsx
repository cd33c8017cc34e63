"use client";
// Links the page with the service worker (lib/offline/service-worker.ts): registers it, tells it
// who is signed in (so it keeps diary copies for that person only), and shows the "offline"
// line when the worker answered this page from its saved copy.
import { useEffect, useState } from "react";
import { formatDate, formatMinutes } from "@/lib/i18n/dates";
import { useLanguage, useT } from "@/lib/i18n/translation.client";
import { SERVICE_WORKER_URL, type TWorkerMessage } from "@/lib/offline/protocol";

export function registerServiceWorker(): Promise<ServiceWorkerRegistration> {
  // A classic script (esbuild leaves no import in it): what every browser with service workers runs.
  return navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
}

/** Sends a message to the active worker and waits (briefly) until it has acted on it. */
export async function tellServiceWorker(message: TWorkerMessage): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration("/");
  const worker = registration?.active;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    setTimeout(resolve, 2000);
    worker.postMessage(message, [channel.port2]);
  });
}

/** In the signed-in shell: the worker runs, and knows whose diary it may keep. */
export function ServiceWorkerLink({ personId }: { personId: number }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    registerServiceWorker()
      .then(() => navigator.serviceWorker.ready)
      .then(() => tellServiceWorker({ type: "person", id: String(personId) }))
      .catch(() => {});
  }, [personId]);
  return null;
}

/** On the sign-in page no one is signed in on this browser: the worker drops every diary copy. */
export function ServiceWorkerSignedOut() {
  useEffect(() => {
    tellServiceWorker({ type: "signed-out" }).catch(() => {});
  }, []);
  return null;
}

/** "Нет сети: показано на 5 декабря, 14:20" when this page came from the worker's saved copy. */
export function OfflineNotice() {
  const { t } = useT("common");
  const lng = useLanguage();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  useEffect(() => {
    const value = document.querySelector('meta[name="belem-offline-saved"]')?.getAttribute("content");
    const date = value ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) setSavedAt(date);
  }, []);
  if (!savedAt) return null;
  // School time (Europe/Moscow, UTC+3 all year), as every other time in the diary.
  const moscow = new Date(savedAt.getTime() + 3 * 3600_000);
  const time = `${formatDate(moscow, lng)}, ${formatMinutes(moscow.getUTCHours() * 60 + moscow.getUTCMinutes())}`;
  return (
    <p role="status" data-testid="offline-notice" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("offlineShownAsOf", { time })}
    </p>
  );
}
