import { Card, EmptyState } from "@/components/ui/card";
import { exemptionState } from "@/lib/exemptions/period";
import { getCurrentTermOptions, getPupilOptions, getSchoolExemptions } from "@/lib/exemptions/queries";
import { formatDate, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getSubjects } from "@/lib/school/structure-queries";
import { EndExemptionForm, ExemptionForm } from "./exemption-form";

export default async function ExemptionsPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT(["admin", "common"]);
  const [exemptions, pupils, subjects, terms] = await Promise.all([
    getSchoolExemptions(schoolId),
    getPupilOptions(schoolId),
    getSubjects(schoolId),
    getCurrentTermOptions(schoolId),
  ]);
  const today = schoolToday();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("exemptions.title")}</h1>
      <p className="text-sm text-slate-600">{t("exemptions.intro")}</p>
      <Card>
        {exemptions.length === 0 ? (
          <EmptyState>{t("exemptions.none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="exemption-list">
            {exemptions.map((x) => {
              const state = exemptionState(x, today);
              return (
                <li key={x.id} className="space-y-2 py-3" data-exemption={x.id}>
                  <p>
                    <span className="font-medium">{x.studentName}</span> — {localized(x.subject, lng)}
                    <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`exemptions.state.${state}`)}</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {x.to === null
                      ? t("exemptions.fromOnly", { from: formatDate(x.from, lng, { year: true }) })
                      : t("exemptions.fromTo", { from: formatDate(x.from, lng, { year: true }), to: formatDate(x.to, lng, { year: true }) })}
                    {x.reason ? ` · ${x.reason}` : ""}
                  </p>
                  {state !== "ended" && <EndExemptionForm exemptionId={x.id} defaultDate={state === "future" ? x.from : today} />}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title={t("exemptions.new")}>
        <ExemptionForm
          pupils={pupils}
          subjects={subjects.filter((s) => s.isActive).map((s) => ({ value: s.id, label: localized(s, lng) }))}
          terms={terms.map((term) => ({ value: term.id, label: t(term.kind === "QUARTER" ? "common:quarter" : "common:trimester", { n: term.number }) }))}
        />
      </Card>
    </div>
  );
}
