import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getSchoolClasses } from "@/lib/roster/queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getBellSchedules, getTermOptions } from "@/lib/timetable/admin-queries";
import { BellsForm } from "./bells-form";
import { PublishForm } from "./publish-form";

export const generateMetadata = pageTitle("admin", "timetable.title");

export default async function TimetablePage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t } = await getT("admin");
  const [bells, classes, terms] = await Promise.all([getBellSchedules(schoolId), getSchoolClasses(schoolId), getTermOptions(schoolId)]);
  const today = schoolToday();
  const currentTerm = terms.find((term) => term.startDate <= today && today <= term.endDate && !term.isLocked);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("timetable.title")}</h1>
        <Link href="/school/timetable/day" className="text-sm font-medium text-brand-700 hover:underline">
          {t("timetable.dayChanges")}
        </Link>
      </div>
      <Card title={t("timetable.classes")}>
        {classes.length === 0 ? (
          <EmptyState>{t("classes.none")}</EmptyState>
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="timetable-classes">
            {classes.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/school/timetable/${c.id}`}
                  className="inline-block rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("timetable.publishAllTitle")}>
        <PublishForm terms={terms} defaultTermId={currentTerm?.id} />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title={t("timetable.bells.NORMAL")}>
          <BellsForm variant="NORMAL" schedule={bells.NORMAL} />
        </Card>
        <Card title={t("timetable.bells.SHORT")}>
          <p className="mb-3 text-sm text-slate-600">{t("timetable.shortHint")}</p>
          <BellsForm variant="SHORT" schedule={bells.SHORT} />
        </Card>
      </div>
    </div>
  );
}
