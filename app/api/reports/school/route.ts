import { loadSchoolSummary } from "@/lib/reports/load";
import { param, xlsxRoute } from "@/lib/reports/xlsx/route";
import { schoolBook } from "@/lib/reports/xlsx/summary-books";

export const GET = xlsxRoute<Record<string, never>>(async (user, _params, search, t, lng) => {
  const report = await loadSchoolSummary(user, param(search, "school"), param(search, "term"));
  return report && schoolBook(report, t, lng);
});
