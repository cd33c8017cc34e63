import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getBellSchedules, getClassTimetable, getTermOptions, getUsesWeekParity } from "@/lib/timetable/admin-queries";
import { PublishForm } from "../publish-form";
import { SlotForm } from "./slot-form";
import { WeekGrid } from "./week-grid";

export const generateMetadata = pageTitle("admin", "timetable.title");

export default async function ClassTimetablePage({ params }: { params: Promise<{ classId: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const classId = Number((await params).classId);
  if (!Number.isInteger(classId)) notFound();
  const [timetable, bells, terms, usesWeekParity] = await Promise.all([
    getClassTimetable(schoolId, classId),
    getBellSchedules(schoolId),
    getTermOptions(schoolId),
    getUsesWeekParity(schoolId),
  ]);
  if (!timetable) notFound();
  const { t } = await getT("admin");
  const bellNumbers = bells.NORMAL?.periods.map((p) => p.number) ?? [];
  const periods = [...new Set([...(bellNumbers.length ? bellNumbers : [1, 2, 3, 4, 5, 6, 7]), ...timetable.slots.map((s) => s.period)])].sort((a, b) => a - b);
  const today = schoolToday();
  const currentTerm = terms.find((term) => term.startDate <= today && today <= term.endDate && !term.isLocked);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("timetable.classTitle", { name: timetable.name })}</h1>
        <Link href={`/school/classes/${timetable.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("timetable.toClass")}
        </Link>
      </div>
      <Card title={t("timetable.week")}>
        <WeekGrid slots={timetable.slots} periods={periods} bells={bells.NORMAL?.periods ?? []} />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <Card title={t("timetable.addSlot")}>
          {timetable.assignments.length === 0 ? (
            <p className="text-sm text-slate-600">
              {t("timetable.noAssignments")}{" "}
              <Link href={`/school/classes/${timetable.id}`} className="text-brand-700 underline">
                {t("timetable.toClass")}
              </Link>
            </p>
          ) : (
            <SlotForm classId={timetable.id} assignments={timetable.assignments} periods={periods} usesWeekParity={usesWeekParity} />
          )}
        </Card>
        <Card title={t("timetable.publishTitle")}>
          <PublishForm terms={terms} classId={timetable.id} defaultTermId={currentTerm?.id} />
        </Card>
      </div>
    </div>
  );
}
