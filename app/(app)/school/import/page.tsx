import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { COLUMNS, REQUIRED } from "@/lib/roster/import/columns";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getPrimarySchool } from "@/lib/school/queries";
import { ImportWizard } from "./import-wizard";

export const generateMetadata = pageTitle("admin", "import.title");

export default async function ImportPage() {
  const { user } = await requireSchoolAdmin();
  const { t, lng } = await getT("admin");
  const school = await getPrimarySchool(user);
  return (
    <div className="space-y-4">
      <h1 className="no-print text-2xl font-semibold">{t("import.title")}</h1>
      <ImportWizard schoolName={school ? localized(school, lng) : ""} />
      <Card title={t("import.formatTitle")} className="no-print">
        <div className="space-y-3 text-sm">
          <p>{t("import.formatIntro")}</p>
          {(["students", "teachers"] as const).map((kind) => (
            <div key={kind}>
              <h3 className="font-semibold">{t(`import.kinds.${kind}`)}</h3>
              <ul className="mt-1 flex flex-wrap gap-2">
                {COLUMNS[kind].map((c) => (
                  <li key={c} className="rounded bg-slate-100 px-2 py-0.5">
                    {t(`import.columns.${c}`)}
                    {(REQUIRED[kind] as readonly string[]).includes(c) ? " *" : ""}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p className="text-slate-600">{t("import.formatRules")}</p>
        </div>
      </Card>
    </div>
  );
}
