import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { vapidPublicKey } from "@/lib/notifications/push";
import { getNotificationSettings } from "@/lib/notifications/queries";
import { DeviceToggle } from "./device-toggle";
import { PreferencesForm } from "./preferences-form";

export default async function NotificationsPage() {
  const user = await requireUser();
  const { t } = await getT("notifications");
  const settings = await getNotificationSettings(user);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("settings.title")}</h1>
      <p className="text-sm text-slate-600">{t("settings.intro")}</p>
      <Card title={t("settings.thisDevice")}>
        <DeviceToggle publicKey={vapidPublicKey()} />
      </Card>
      <PreferencesForm settings={settings} />
    </div>
  );
}
