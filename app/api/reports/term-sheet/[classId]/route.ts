import { loadTermSheet } from "@/lib/reports/load";
import { param, xlsxRoute } from "@/lib/reports/xlsx/route";
import { termSheetBook } from "@/lib/reports/xlsx/term-books";

export const GET = xlsxRoute<{ classId: string }>(async (user, { classId }, search, t, lng) => {
  const report = await loadTermSheet(user, classId, param(search, "term"));
  return report && termSheetBook(report, t, lng);
});
