import { Card, EmptyState } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getRoleOptions } from "@/lib/roster/people-queries";
import { getSchoolClasses } from "@/lib/roster/queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { ClassList } from "../_components/class-list";
import { ClassForm } from "./class-form";

export const generateMetadata = pageTitle("admin", "classes.title");

export default async function ClassesPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t } = await getT("admin");
  const [classes, teachers] = await Promise.all([getSchoolClasses(schoolId), getRoleOptions(schoolId, "TEACHER")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("classes.title")}</h1>
      <Card>{classes.length === 0 ? <EmptyState>{t("classes.none")}</EmptyState> : <ClassList classes={classes} />}</Card>
      <Card title={t("classes.new")}>
        <ClassForm teachers={teachers} />
      </Card>
    </div>
  );
}
