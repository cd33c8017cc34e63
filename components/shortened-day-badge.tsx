// The small mark on a day whose lessons follow the shortened bells (the diary, the teacher's week).
import { getT } from "@/lib/i18n/server";

export async function ShortenedDayBadge() {
  const { t } = await getT("common");
  return (
    <span
      className="ml-2 inline-block rounded-md bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900"
      title={t("shortenedDayHint")}
      data-testid="shortened-day-marker"
    >
      {t("shortenedDay")}
    </span>
  );
}
