import { auditSchoolIds, pickAuditSchool } from "@/lib/audit/access";
import { auditBook } from "@/lib/audit/book";
import { parseAuditFilters } from "@/lib/audit/filters";
import { getSchoolNames, searchAudit } from "@/lib/audit/queries";
import { localized } from "@/lib/i18n/settings";
import { xlsxRoute } from "@/lib/reports/xlsx/route";

/** The most rows one download holds; a wider search is narrowed by its filters. */
const MAX_ROWS = 20_000;

export const GET = xlsxRoute<Record<string, never>>(async (user, _params, search, t, lng) => {
  const filters = parseAuditFilters(search);
  const schoolId = pickAuditSchool(await auditSchoolIds(user), filters.school);
  if (!schoolId) return null;
  const [{ rows }, [school]] = await Promise.all([searchAudit(schoolId, { ...filters, after: undefined }, MAX_ROWS), getSchoolNames([schoolId])]);
  return auditBook(rows, school ? localized(school, lng) : "", t, lng);
});
