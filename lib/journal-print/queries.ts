// What the printed journal reads besides the grid: homework given on each lesson, the school's
// name, and for the year's archive the journals of a class.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import { getJournalTerm } from "@/lib/journal/queries";
import type { TPrintTerm } from "./pdf";

/** Homework texts by lesson id (the journal's decimal strings). */
export async function homeworkByLesson(schoolId: number, lessonIds: readonly string[]): Promise<Map<string, string>> {
  if (lessonIds.length === 0) return new Map();
  const rows = await db.homework.findMany({
    where: { schoolId, lessonId: { in: lessonIds.map((id) => BigInt(id)) } },
    orderBy: { id: "asc" },
    select: { lessonId: true, text: true },
  });
  const out = new Map<string, string>();
  for (const r of rows) {
    const id = String(r.lessonId);
    out.set(id, out.has(id) ? `${out.get(id)} / ${r.text}` : r.text);
  }
  return out;
}

export async function schoolName(schoolId: number, lng: TLanguage): Promise<string> {
  const s = await db.school.findUnique({ where: { id: schoolId }, select: { nameRu: true, nameTt: true } });
  return s ? localized(s, lng) : "";
}

/** The terms of a journal as the reader may see them: one term ("1".."4") or all ("year"). */
export async function printTerms(user: TCurrentUser, assignmentId: number, term: string): Promise<TPrintTerm[] | null> {
  const first = await getJournalTerm(user, assignmentId, { term: term === "year" ? "1" : term });
  if (!first) return null;
  const numbers = term === "year" ? first.header.terms.map((x) => x.number) : [first.term.number];
  const out: TPrintTerm[] = [];
  for (const n of numbers) {
    const data = n === first.term.number ? first : await getJournalTerm(user, assignmentId, { term: String(n) });
    if (!data) continue;
    out.push({
      data,
      homework: await homeworkByLesson(
        data.header.schoolId,
        data.lessons.map((l) => l.id),
      ),
    });
  }
  return out;
}

/** The journals of a class in its year, for the administrator's archive. */
export async function classJournals(schoolId: number, classId: number) {
  const cls = await db.schoolClass.findFirst({
    where: { id: classId, schoolId },
    select: {
      grade: true,
      letter: true,
      year: { select: { name: true } },
      assignments: {
        orderBy: [{ subject: { sortOrder: "asc" } }, { id: "asc" }],
        select: { id: true, subject: { select: { nameRu: true, nameTt: true } }, subgroup: { select: { name: true } } },
      },
    },
  });
  return cls;
}
