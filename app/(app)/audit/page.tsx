// The school's audit log: who changed what and when, filtered, newest first, paged by keyset, with
// the same search as a download. A plain GET form: the address is the search.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { auditSchoolIds, pickAuditSchool } from "@/lib/audit/access";
import { AUDIT_KINDS, auditSearchString, describeChange, formatMoscowDateTime, parseAuditFilters } from "@/lib/audit/filters";
import { actionLabel } from "@/lib/audit/labels";
import { getAuditFilterOptions, getSchoolNames, searchAudit } from "@/lib/audit/queries";
import { requireUser } from "@/lib/auth/session";
import { formatShortDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900";

export default async function AuditPage({ searchParams }: TProps) {
  const user = await requireUser();
  const filters = parseAuditFilters(await searchParams);
  const allowed = await auditSchoolIds(user);
  const schoolId = pickAuditSchool(allowed, filters.school);
  if (!schoolId) notFound();
  const { t, lng } = await getT(["admin", "common"]);
  const [page, options, schools] = await Promise.all([searchAudit(schoolId, filters), getAuditFilterOptions(schoolId), getSchoolNames(allowed)]);
  const select = (name: string, label: string, items: { id: number | string; name: string }[], value: number | string | undefined) => (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className={control}>
        <option value="">{t("admin:audit.any")}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name}
          </option>
        ))}
      </select>
    </label>
  );
  const search = auditSearchString({ ...filters, school: schools.length > 1 ? schoolId : undefined }, { after: undefined });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("admin:audit.title")}</h1>
      <Card>
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("admin:audit.filters")}>
          {schools.length > 1 &&
            select(
              "school",
              t("admin:audit.school"),
              schools.map((s) => ({ id: s.id, name: localized(s, lng) })),
              schoolId,
            )}
          {select("actor", t("admin:audit.actor"), options.staff, filters.actor)}
          {select("class", t("admin:audit.class"), options.classes, filters.class)}
          {select(
            "subject",
            t("admin:audit.subject"),
            options.subjects.map((s) => ({ id: s.id, name: localized(s, lng) })),
            filters.subject,
          )}
          {select("pupil", t("admin:audit.pupil"), options.pupils, filters.pupil)}
          {select(
            "kind",
            t("admin:audit.kind"),
            AUDIT_KINDS.map((k) => ({ id: k, name: t(`admin:audit.kinds.${k}`) })),
            filters.kind,
          )}
          <label className="block text-sm">
            <span className="mb-1 block font-medium text-slate-700">{t("admin:audit.from")}</span>
            <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
          </label>
          <label className="block text-sm">
            <span className="mb-1 block font-medium text-slate-700">{t("admin:audit.to")}</span>
            <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
          </label>
          <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
            <button type="submit" className="min-h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              {t("admin:audit.search")}
            </button>
            <Link href="/audit" className="min-h-10 rounded-md px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
              {t("admin:audit.reset")}
            </Link>
            <a
              href={`/api/audit/export${search ? `?${search}` : ""}`}
              className="min-h-10 rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
              data-testid="audit-download"
            >
              {t("admin:audit.download")}
            </a>
          </div>
        </form>
      </Card>
      <Card>
        {page.rows.length === 0 ? (
          <EmptyState>{t("admin:audit.none")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="audit-table">
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  {["when", "who", "what", "pupil", "class", "subject", "lessonDate", "change"].map((k) => (
                    <th key={k} scope="col" className="px-2 py-1 font-medium">
                      {t(`admin:audit.columns.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 align-top" data-audit-row={r.action}>
                    <td className="whitespace-nowrap px-2 py-1 tabular-nums">{formatMoscowDateTime(r.createdAt)}</td>
                    <td className="px-2 py-1">{r.actorName ?? t("admin:audit.system")}</td>
                    <td className="px-2 py-1">{actionLabel(t, r.action)}</td>
                    <td className="px-2 py-1">{r.studentName ?? ""}</td>
                    <td className="whitespace-nowrap px-2 py-1">{r.className ?? ""}</td>
                    <td className="px-2 py-1">{r.subject ? localized(r.subject, lng) : ""}</td>
                    <td className="px-2 py-1 tabular-nums">{r.lessonDate ? formatShortDate(r.lessonDate) : ""}</td>
                    <td className="break-all px-2 py-1 font-mono text-xs">{describeChange(r.before, r.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="mt-3 flex gap-3 text-sm">
          {filters.after && (
            <Link href={`/audit${search ? `?${search}` : ""}`} className="text-brand-700 hover:underline">
              {t("admin:audit.first")}
            </Link>
          )}
          {page.next && (
            <Link
              href={`/audit?${auditSearchString({ ...filters, school: schools.length > 1 ? schoolId : undefined }, { after: page.next })}`}
              className="text-brand-700 hover:underline"
              data-testid="audit-next"
            >
              {t("admin:audit.next")}
            </Link>
          )}
        </div>
      </Card>
    </div>
  );
}
