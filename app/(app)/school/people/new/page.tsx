import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getRoleOptions } from "@/lib/roster/people-queries";
import { SCHOOL_ROLES } from "@/lib/roster/people-schemas";
import { requireSchoolAdmin } from "@/lib/school/access";
import { fullName } from "@/lib/school/names";
import { getClassOptions } from "@/lib/school/structure-queries";
import { CreatePersonForm } from "./create-person-form";

export const generateMetadata = pageTitle("admin", "people.new");

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<{ role?: string; childId?: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const { t } = await getT("admin");
  const params = await searchParams;
  const [classes, students] = await Promise.all([getClassOptions(schoolId), getRoleOptions(schoolId, "STUDENT")]);
  const childId = Number(params.childId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("people.new")}</h1>
      <Card>
        <CreatePersonForm
          initialRole={SCHOOL_ROLES.find((r) => r === params.role) ?? "TEACHER"}
          classes={classes.map((c) => ({ value: c.id, label: c.name }))}
          pupils={students.map((s) => ({ value: s.id, label: fullName(s) }))}
          childId={Number.isInteger(childId) && childId > 0 ? childId : undefined}
        />
      </Card>
    </div>
  );
}
