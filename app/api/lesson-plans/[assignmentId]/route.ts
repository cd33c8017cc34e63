import { localized } from "@/lib/i18n/settings";
import { journalRights } from "@/lib/journal/access-rules";
import { getJournalHeader } from "@/lib/journal/queries";
import { planBook } from "@/lib/lesson-plans/book";
import { getPlanRows } from "@/lib/lesson-plans/queries";
import { xlsxRoute } from "@/lib/reports/xlsx/route";

/** The journal's topics as a plan file (number, date, topic, hours, homework): anyone who may read the journal. */
export const GET = xlsxRoute<{ assignmentId: string }>(async (user, params, _search, t, lng) => {
  const id = /^\d{1,9}$/.test(params.assignmentId) ? Number(params.assignmentId) : 0;
  const h = id ? await getJournalHeader(id, user.id) : null;
  if (!h || !journalRights(user, h, { substitutesSomeLesson: h.isSubstitute }).canRead) return null;
  const rows = await getPlanRows(h);
  return planBook(rows, `${localized(h.subject, lng)}, ${h.className}`, t);
});
