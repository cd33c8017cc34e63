import { loadAttendance } from "@/lib/reports/load";
import { param, xlsxRoute } from "@/lib/reports/xlsx/route";
import { attendanceBook } from "@/lib/reports/xlsx/summary-books";

export const GET = xlsxRoute<{ classId: string }>(async (user, { classId }, search, t, lng) => {
  const report = await loadAttendance(user, classId, param(search, "month"));
  return report && attendanceBook(report, t, lng);
});
