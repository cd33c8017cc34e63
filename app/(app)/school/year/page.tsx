import { Card } from "@/components/ui/card";
import { schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getSchoolYears } from "@/lib/school/year-queries";
import { CreateYearForm } from "./create-year-form";
import { Holidays } from "./holidays";
import { SetCurrentButton } from "./set-current-button";
import { TermsForm } from "./terms-form";

export const generateMetadata = pageTitle("admin", "year.title");

export default async function YearPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t } = await getT("admin");
  const years = await getSchoolYears(schoolId);
  const today = schoolToday();
  const latest = years[0] ? Number(years[0].startDate.slice(0, 4)) + 1 : Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 8 ? 1 : 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("year.title")}</h1>
      {years.map((year) => (
        <Card
          key={year.id}
          title={
            <>
              {t("year.yearTitle", { name: year.name })}
              {year.isCurrent && <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t("year.current")}</span>}
            </>
          }
          actions={year.isCurrent ? null : <SetCurrentButton yearId={year.id} />}
        >
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <section aria-labelledby={`terms-title-${year.id}`}>
              <h3 id={`terms-title-${year.id}`} className="mb-2 font-semibold">
                {t("year.terms")}
              </h3>
              <TermsForm year={year} />
            </section>
            <section aria-labelledby={`holidays-title-${year.id}`}>
              <h3 id={`holidays-title-${year.id}`} className="mb-2 font-semibold">
                {t("year.holidays")}
              </h3>
              <Holidays yearId={year.id} holidays={year.holidays} />
            </section>
          </div>
        </Card>
      ))}
      <Card title={t("year.new")}>
        <CreateYearForm suggestedStartYear={latest} />
      </Card>
    </div>
  );
}
