import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { getRoleOptions, getUnplacedStudents } from "@/lib/roster/people-queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { fullName } from "@/lib/school/names";
import { getClassDetail, getSubjects } from "@/lib/school/structure-queries";
import { ClassForm } from "../class-form";
import { Assignments } from "./assignments";
import { EnrolForm } from "./enrol-form";
import { Subgroups } from "./subgroups";

export const generateMetadata = pageTitle("admin", "classes.title");

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const classId = Number((await params).classId);
  if (!Number.isInteger(classId)) notFound();
  const [cls, teachers, subjects, unplaced] = await Promise.all([
    getClassDetail(schoolId, classId),
    getRoleOptions(schoolId, "TEACHER"),
    getSubjects(schoolId),
    getUnplacedStudents(schoolId),
  ]);
  if (!cls) notFound();
  const { t, lng } = await getT(["admin", "home"]);
  const subjectOptions = subjects.filter((s) => s.isActive).map((s) => ({ value: s.id, label: localized(s, lng) }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("classes.classTitle", { name: cls.name })}</h1>
        <Link href={`/school/timetable/${cls.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("classes.toTimetable")}
        </Link>
        <a href={`/api/journal-print/class/${cls.id}`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="journal-archive">
          {t("journal:print.archive")}
        </a>
      </div>
      <Card title={t("classes.edit")}>
        <ClassForm teachers={teachers} cls={cls} />
      </Card>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title={`${t("classes.pupils")} · ${t("home:school.pupilCount", { count: cls.pupils.length })}`}>
          {cls.pupils.length === 0 ? (
            <EmptyState>{t("classes.noPupils")}</EmptyState>
          ) : (
            <ol className="list-decimal space-y-1 pl-6 text-sm" data-testid="class-pupils">
              {cls.pupils.map((p) => (
                <li key={p.id}>
                  <Link href={`/school/people/${p.id}`} className="text-brand-700 hover:underline">
                    {fullName(p)}
                  </Link>
                </li>
              ))}
            </ol>
          )}
          <div className="mt-4 border-t border-slate-100 pt-4">
            <EnrolForm classId={cls.id} students={unplaced} />
          </div>
        </Card>
        <Card title={t("classes.subgroups")}>
          <Subgroups classId={cls.id} subgroups={cls.subgroups} pupils={cls.pupils} subjects={subjectOptions} />
        </Card>
      </div>
      <Card title={t("classes.assignments")}>
        <Assignments classId={cls.id} assignments={cls.assignments} teachers={teachers} subjects={subjectOptions} subgroups={cls.subgroups} />
      </Card>
    </div>
  );
}
