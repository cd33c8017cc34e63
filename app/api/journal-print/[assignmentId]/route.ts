import { localized } from "@/lib/i18n/settings";
import { journalPdf } from "@/lib/journal-print/pdf";
import { printTerms, schoolName } from "@/lib/journal-print/queries";
import { fileRoute } from "@/lib/journal-print/route";

/** One journal on paper: ?term=N for a term, ?term=year for all of them; whoever may read the journal. */
export const GET = fileRoute<{ assignmentId: string }>(async (user, params, search, t, lng) => {
  const id = /^\d{1,9}$/.test(params.assignmentId) ? Number(params.assignmentId) : 0;
  const term = search.get("term") ?? "";
  if (!id || !/^(\d{1,2}|year)$/.test(term)) return null;
  const terms = await printTerms(user, id, term);
  if (!terms || terms.length === 0) return null;
  const h = terms[0].data.header;
  const body = await journalPdf(terms, await schoolName(h.schoolId, lng), t, lng);
  const period = term === "year" ? t("journal:terms.year") : t(h.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n: Number(term) });
  return { body, type: "application/pdf", fileName: `${localized(h.subject, lng)} ${h.className} ${period}.pdf`, asciiName: `journal-${id}-${term}.pdf` };
});
