import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getGradingSetup } from "@/lib/school/grading-queries";
import { AbsenceCodeForm } from "./absence-code-form";
import { SettingsForm } from "./settings-form";
import { WorkKindForm } from "./work-kind-form";

export const generateMetadata = pageTitle("admin", "grading.title");

export default async function GradingPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT("admin");
  const { settings, workKinds, absenceCodes } = await getGradingSetup(schoolId);
  const weight = (w: number) => String(w).replace(".", ",");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("grading.title")}</h1>
      <Card title={t("grading.settings")}>
        <SettingsForm settings={settings} />
      </Card>
      <Card title={t("grading.workKinds")}>
        <p className="mb-3 text-sm text-slate-600">{t("grading.weightHint")}</p>
        <ul className="space-y-2" data-testid="work-kinds">
          {workKinds.map((k) => (
            <li key={k.id}>
              <details className="rounded-md border border-slate-200 p-3">
                <summary className={`cursor-pointer ${k.isActive ? "" : "text-slate-500 line-through"}`}>
                  <span className="font-medium">{localized(k, lng)}</span> · {t("grading.weightShort", { weight: weight(k.weight) })}
                  {k.isDefault ? ` · ${t("grading.default")}` : ""}
                </summary>
                <div className="mt-3">
                  <WorkKindForm kind={k} />
                </div>
              </details>
            </li>
          ))}
          <li>
            <details className="rounded-md border border-dashed border-slate-300 p-3">
              <summary className="cursor-pointer font-medium text-brand-700">{t("grading.newWorkKind")}</summary>
              <div className="mt-3">
                <WorkKindForm />
              </div>
            </details>
          </li>
        </ul>
      </Card>
      <Card title={t("grading.absenceCodes")}>
        <ul className="space-y-2" data-testid="absence-codes">
          {absenceCodes.map((c) => (
            <li key={c.id}>
              <details className="rounded-md border border-slate-200 p-3">
                <summary className={`cursor-pointer ${c.isActive ? "" : "text-slate-500 line-through"}`}>
                  <span className="font-mono font-medium">{localized(c, lng, "letter")}</span> — {localized(c, lng)}
                </summary>
                <div className="mt-3">
                  <AbsenceCodeForm code={c} />
                </div>
              </details>
            </li>
          ))}
          <li>
            <details className="rounded-md border border-dashed border-slate-300 p-3">
              <summary className="cursor-pointer font-medium text-brand-700">{t("grading.newAbsenceCode")}</summary>
              <div className="mt-3">
                <AbsenceCodeForm />
              </div>
            </details>
          </li>
        </ul>
      </Card>
    </div>
  );
}
