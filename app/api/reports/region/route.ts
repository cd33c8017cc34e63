import { loadRegionSummary } from "@/lib/reports/load";
import { param, xlsxRoute } from "@/lib/reports/xlsx/route";
import { regionBook } from "@/lib/reports/xlsx/summary-books";

export const GET = xlsxRoute<Record<string, never>>(async (user, _params, search, t, lng) => {
  const report = await loadRegionSummary(user, param(search, "term"));
  return report && regionBook(report, t, lng);
});
