import { Announcements } from "@/components/announcements";
import { StaffPasswordSwitch } from "@/components/staff-password-switch";
import { Card } from "@/components/ui/card";
import { oidcSettings } from "@/lib/auth/oidc";
import { formatDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getStaffPasswordSignIn } from "@/lib/identity/queries";
import { getSchoolClasses, getSchoolCounts } from "@/lib/roster/queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { getCurrentYear } from "@/lib/school/queries";
import { ClassList } from "./_components/class-list";

export const generateMetadata = pageTitle("home", "school.title");

export default async function SchoolPage() {
  const { user, schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT(["home", "common", "admin"]);
  const provider = oidcSettings();
  const passwords = provider ? await getStaffPasswordSignIn(schoolId) : null;
  const [counts, classes, year] = await Promise.all([getSchoolCounts(schoolId), getSchoolClasses(schoolId), getCurrentYear(schoolId)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("home:school.title")}</h1>
      <Announcements user={user} />
      <dl className="grid grid-cols-3 gap-3" data-testid="school-counts">
        {(["classes", "pupils", "teachers"] as const).map((key) => (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 text-center shadow-sm">
            <dt className="text-sm text-slate-600">{t(`home:school.${key}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{counts[key]}</dd>
          </div>
        ))}
      </dl>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card title={year ? t("home:school.year", { name: year.name }) : t("home:school.noYear")}>
          <ul className="space-y-1 text-sm">
            {year?.terms.map((term) => (
              <li key={term.id} className="flex justify-between gap-2">
                <span>{t(year.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n: term.number })}</span>
                <span className="text-slate-600">
                  {formatDate(term.startDate, lng)} – {formatDate(term.endDate, lng)}
                  {term.isLocked ? ` · ${t("home:school.locked")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("home:school.classList")}>
          <ClassList classes={classes} />
        </Card>
        {passwords && (
          <Card title={t("admin:identity.passwordSwitch")}>
            <StaffPasswordSwitch scope="school" isOn={passwords.school} isRegionOff={!passwords.region} />
          </Card>
        )}
      </div>
    </div>
  );
}
