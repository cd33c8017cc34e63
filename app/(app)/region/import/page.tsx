import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { SCHOOL_COLUMNS, SCHOOL_REQUIRED } from "@/lib/region/import/read-schools";
import { getRegionName } from "@/lib/region/queries";
import { SchoolsImportWizard } from "./schools-import-wizard";

export default async function RegionImportPage() {
  const user = await requireUser();
  const regionId = user.roles.find((r) => r.role === "REGION_ADMIN")?.regionId;
  if (!regionId || !can(user.roles, "region:manage", { regionId })) notFound();
  const { t, lng } = await getT("admin");
  const region = await getRegionName(regionId);
  return (
    <div className="space-y-4">
      <h1 className="no-print text-2xl font-semibold">{t("regionImport.title")}</h1>
      <SchoolsImportWizard regionName={region ? localized(region, lng) : ""} />
      <Card title={t("import.formatTitle")} className="no-print">
        <div className="space-y-3 text-sm">
          <p>{t("import.formatIntro")}</p>
          <ul className="flex flex-wrap gap-2">
            {SCHOOL_COLUMNS.map((c) => (
              <li key={c} className="rounded bg-slate-100 px-2 py-0.5">
                {t(`import.columns.${c}`)}
                {SCHOOL_REQUIRED.includes(c) ? " *" : ""}
              </li>
            ))}
          </ul>
          <p className="text-slate-600">{t("regionImport.formatRules")}</p>
        </div>
      </Card>
    </div>
  );
}
