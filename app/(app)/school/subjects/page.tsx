import { Card, EmptyState } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getSubjects } from "@/lib/school/structure-queries";
import { SubjectForm } from "./subject-form";

export const generateMetadata = pageTitle("admin", "subjects.title");

export default async function SubjectsPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT("admin");
  const subjects = await getSubjects(schoolId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("subjects.title")}</h1>
      <Card>
        {subjects.length === 0 ? (
          <EmptyState>{t("subjects.none")}</EmptyState>
        ) : (
          <ul className="space-y-2" data-testid="subject-list">
            {subjects.map((s) => (
              <li key={s.id}>
                <details className="rounded-md border border-slate-200 p-3">
                  <summary className="cursor-pointer">
                    <span className={`font-medium ${s.isActive ? "" : "text-slate-500 line-through"}`}>{localized(s, lng)}</span>
                    <span className="ml-2 text-sm text-slate-500">{lng === "tt" ? s.nameRu : s.nameTt}</span>
                  </summary>
                  <div className="mt-3">
                    <SubjectForm subject={s} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("subjects.new")}>
        <SubjectForm />
      </Card>
    </div>
  );
}
