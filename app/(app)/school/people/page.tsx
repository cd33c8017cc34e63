import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getPeople, PEOPLE_PAGE_SIZE } from "@/lib/roster/people-queries";
import { SCHOOL_ROLES, type TSchoolRole } from "@/lib/roster/people-schemas";
import { requireSchoolAdmin } from "@/lib/school/access";
import { fullName } from "@/lib/school/names";
import { controlClass } from "../../../../components/ui/fields";

export const generateMetadata = pageTitle("admin", "people.title");

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ role?: string; q?: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const { t } = await getT("admin");
  const params = await searchParams;
  const role = SCHOOL_ROLES.find((r) => r === params.role) as TSchoolRole | undefined;
  const q = (params.q ?? "").slice(0, 60);
  const { rows, total } = await getPeople(schoolId, { role, q });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("people.title")}</h1>
        <Link href={`/school/people/new${role ? `?role=${role}` : ""}`} className={buttonClass("primary")}>
          {t("people.add")}
        </Link>
      </div>
      <form className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="people-role" className="mb-1 block text-sm font-medium text-slate-700">
            {t("people.role")}
          </label>
          <select id="people-role" name="role" defaultValue={role ?? ""} className={controlClass}>
            <option value="">{t("people.allRoles")}</option>
            {SCHOOL_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-48 flex-1">
          <label htmlFor="people-q" className="mb-1 block text-sm font-medium text-slate-700">
            {t("people.search")}
          </label>
          <input id="people-q" name="q" type="search" defaultValue={q} className={controlClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("people.find")}
        </button>
      </form>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t("people.none")}</EmptyState>
        ) : (
          <>
            <ul className="divide-y divide-slate-100 text-sm" data-testid="people-list">
              {rows.map((p) => (
                <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                  <Link
                    href={`/school/people/${p.id}`}
                    className={`font-medium hover:underline ${p.isActive ? "text-brand-700" : "text-slate-500 line-through"}`}
                  >
                    {fullName(p)}
                  </Link>
                  <span className="text-slate-600">
                    {p.roles.map((r) => t(`roles.${r}`)).join(", ")}
                    {p.className ? ` · ${p.className}` : ""} · <span className="font-mono">{p.login}</span>
                    {!p.isActive && ` · ${t("people.inactive")}`}
                  </span>
                </li>
              ))}
            </ul>
            {total > rows.length && <p className="mt-2 text-sm text-slate-600">{t("people.more", { shown: PEOPLE_PAGE_SIZE, total })}</p>}
          </>
        )}
      </Card>
    </div>
  );
}
