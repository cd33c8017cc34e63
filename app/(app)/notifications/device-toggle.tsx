"use client";
// Turns notifications on or off for this browser: registers the service worker, asks the push
// service for a subscription signed to Belem's VAPID key, and stores it on the server.
import { useEffect, useState } from "react";
import { registerServiceWorker } from "@/components/service-worker";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/translation.client";
import { subscribePushAction, unsubscribePushAction } from "@/lib/notifications/actions";

type TState = "loading" | "unsupported" | "denied" | "off" | "on";

async function currentSubscription() {
  const registration = await registerServiceWorker();
  await navigator.serviceWorker.ready;
  return { registration, subscription: await registration.pushManager.getSubscription() };
}

export function DeviceToggle({ publicKey }: { publicKey: string | null }) {
  const { t } = useT(["notifications", "errors"]);
  const [state, setState] = useState<TState>("loading");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (!publicKey || !("serviceWorker" in navigator) || !("PushManager" in window)) return setState("unsupported");
    if (Notification.permission === "denied") return setState("denied");
    currentSubscription()
      .then(({ subscription }) => setState(subscription ? "on" : "off"))
      .catch(() => setState("unsupported"));
  }, [publicKey]);

  async function turnOn() {
    setBusy(true);
    setError(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const { registration } = await currentSubscription();
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey as string });
      const json = subscription.toJSON();
      const r = await subscribePushAction({ endpoint: json.endpoint ?? "", keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" } });
      if (r?.data) setState("on");
      else setError(r?.serverError?.code ?? "validation");
    } catch {
      setError("unexpected");
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError(null);
    try {
      const { subscription } = await currentSubscription();
      if (subscription) {
        await unsubscribePushAction({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setState("off");
    } catch {
      setError("unexpected");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2" data-testid="push-device" data-state={state}>
      {state === "unsupported" && <p className="text-sm text-slate-600">{t("settings.unsupported")}</p>}
      {state === "denied" && <p className="text-sm text-slate-600">{t("settings.denied")}</p>}
      {state === "on" && <p className="text-sm text-green-700">{t("settings.isOn")}</p>}
      {state === "off" && (
        <Button onClick={turnOn} disabled={isBusy}>
          {t("settings.turnOn")}
        </Button>
      )}
      {state === "on" && (
        <Button variant="secondary" onClick={turnOff} disabled={isBusy}>
          {t("settings.turnOff")}
        </Button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {t(`errors:${error}`, { requestId: "" })}
        </p>
      )}
    </div>
  );
}
