"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import type { TIsoDate } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { setShortenedDayAction } from "@/lib/timetable/shortened-day-actions";
import { FormStatus } from "../../../../../components/ui/fields";

/** Whether the day's lessons follow the shortened bells; one button turns it on or off. */
export function ShortenedDayForm({ date, isShortened, hasShortBells }: { date: TIsoDate; isShortened: boolean; hasShortBells: boolean }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(setShortenedDayAction);
  const error = form.error("shortened") ?? form.error("date");
  return (
    <div className="space-y-2" data-testid="shortened-day" data-shortened={isShortened}>
      <p className="text-sm text-slate-700">{isShortened ? t("timetable.shortenedDayOn") : t("timetable.shortenedDayOff")}</p>
      {!hasShortBells && !isShortened && (
        <p className="text-sm text-amber-800">
          {t("timetable.noShortBells")}{" "}
          <Link href="/school/timetable" className="font-medium text-brand-700 hover:underline">
            {t("timetable.setUpShortBells")}
          </Link>
        </p>
      )}
      <Button variant={isShortened ? "secondary" : "primary"} disabled={form.pending} onClick={() => form.run({ date, shortened: !isShortened })}>
        {isShortened ? t("timetable.makeNormal") : t("timetable.makeShortened")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <FormStatus error={error ? null : form.formError} />
    </div>
  );
}
