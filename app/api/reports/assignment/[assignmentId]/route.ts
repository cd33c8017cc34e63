import { loadAssignmentReport } from "@/lib/reports/load";
import { param, xlsxRoute } from "@/lib/reports/xlsx/route";
import { assignmentBook } from "@/lib/reports/xlsx/term-books";

export const GET = xlsxRoute<{ assignmentId: string }>(async (user, { assignmentId }, search, t, lng) => {
  const report = await loadAssignmentReport(user, assignmentId, param(search, "term"));
  return report && assignmentBook(report, t, lng);
});
