import Link from "next/link";
import { addDays, formatDate, startOfWeek, type TIsoDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "./ui/button";

/** Previous / this / next week links and a date picker, by the `week` search parameter. */
export async function WeekSwitcher({ basePath, weekStart, today }: { basePath: string; weekStart: TIsoDate; today: TIsoDate }) {
  const { t, lng } = await getT("common");
  const href = (d: TIsoDate) => `${basePath}?week=${d}`;
  const isThisWeek = startOfWeek(today) === weekStart;
  return (
    <nav aria-label={t("week.label")} className="no-print flex flex-wrap items-center gap-2">
      <Link href={href(addDays(weekStart, -7))} className={buttonClass("secondary")} aria-label={t("week.previous")}>
        ←
      </Link>
      <span className="text-sm font-medium" data-testid="week-range">
        {formatDate(weekStart, lng)} – {formatDate(addDays(weekStart, 5), lng)}
      </span>
      <Link href={href(addDays(weekStart, 7))} className={buttonClass("secondary")} aria-label={t("week.next")}>
        →
      </Link>
      {!isThisWeek && (
        <Link href={href(startOfWeek(today))} className={buttonClass("ghost")}>
          {t("week.today")}
        </Link>
      )}
      <form action={basePath} className="flex items-center gap-1">
        <label className="sr-only" htmlFor="week-date">
          {t("week.pickDate")}
        </label>
        <input id="week-date" type="date" name="week" defaultValue={weekStart} className="min-h-10 rounded-md border border-slate-300 px-2 text-sm" />
        <button type="submit" className={buttonClass("ghost")}>
          {t("week.go")}
        </button>
      </form>
    </nav>
  );
}
