import JSZip from "jszip";
import { localized } from "@/lib/i18n/settings";
import { journalPdf } from "@/lib/journal-print/pdf";
import { classJournals, printTerms, schoolName } from "@/lib/journal-print/queries";
import { fileRoute } from "@/lib/journal-print/route";
import { managedSchoolId } from "@/lib/school/access";

/** Every journal of a class for the whole year, one PDF each, as one .zip: the school's administrator. */
export const GET = fileRoute<{ classId: string }>(async (user, params, _search, t, lng) => {
  const schoolId = managedSchoolId(user);
  const classId = /^\d{1,9}$/.test(params.classId) ? Number(params.classId) : 0;
  if (!schoolId || !classId) return null;
  const cls = await classJournals(schoolId, classId);
  if (!cls) return null;
  const school = await schoolName(schoolId, lng);
  const zip = new JSZip();
  for (const a of cls.assignments) {
    const terms = await printTerms(user, a.id, "year");
    if (!terms) continue;
    const name = `${localized(a.subject, lng)}${a.subgroup ? ` (${a.subgroup.name})` : ""}`.replace(/[\\/:*?"<>|]+/g, " ");
    zip.file(`${name} — ${a.id}.pdf`, await journalPdf(terms, school, t, lng));
  }
  const body = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const className = `${cls.grade} ${cls.letter}`;
  return { body, type: "application/zip", fileName: `${className} ${cls.year.name.replace("/", "-")}.zip`, asciiName: `class-${classId}.zip` };
});
