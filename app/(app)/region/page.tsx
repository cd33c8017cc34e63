import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffPasswordSwitch } from "@/components/staff-password-switch";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { oidcSettings } from "@/lib/auth/oidc";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { getRegionStaffPasswordSignIn } from "@/lib/identity/queries";
import { getMunicipalities, getRegionSchools } from "@/lib/region/queries";
import { CreateSchoolForm } from "./create-school-form";

export const generateMetadata = pageTitle("home", "region.title");

export default async function RegionPage() {
  const user = await requireUser();
  const regionId = user.roles.find((r) => r.role === "REGION_ADMIN")?.regionId;
  if (!regionId || !can(user.roles, "region:read", { regionId })) notFound();
  const { t, lng } = await getT(["home", "admin"]);
  const [schools, municipalities] = await Promise.all([getRegionSchools(regionId), getMunicipalities(regionId)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("home:region.title")}</h1>
      <Card>
        <ScrollRegion label={t("home:region.title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("home:region.school")}</th>
                <th className="py-2 pr-4 font-medium">{t("home:region.municipality")}</th>
                <th className="py-2 pr-4 text-right font-medium">{t("home:region.classes")}</th>
                <th className="py-2 pr-4 text-right font-medium">{t("home:region.pupils")}</th>
                <th className="py-2 text-right font-medium">{t("home:region.teachers")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="region-schools">
              {schools.map((s) => (
                <tr key={s.id}>
                  <td className="py-2 pr-4">{localized(s, lng)}</td>
                  <td className="py-2 pr-4">{localized(s, lng, "municipality")}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{s.classes}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{s.pupils}</td>
                  <td className="py-2 text-right tabular-nums">{s.teachers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
      {oidcSettings() && can(user.roles, "region:manage", { regionId }) && (
        <Card title={t("admin:identity.passwordSwitchRegion")}>
          <StaffPasswordSwitch scope="region" isOn={await getRegionStaffPasswordSignIn(regionId)} />
        </Card>
      )}
      {can(user.roles, "region:manage", { regionId }) && (
        <p>
          <Link href="/region/import" className="text-brand-700 underline">
            {t("admin:regionImport.open")}
          </Link>
        </p>
      )}
      {can(user.roles, "region:manage", { regionId }) && (
        <Card title={t("admin:region.newSchool")}>
          <CreateSchoolForm municipalities={municipalities.map((m) => ({ value: m.id, label: localized(m, lng) }))} />
        </Card>
      )}
    </div>
  );
}
