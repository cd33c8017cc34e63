// A pupil's marks for one term of the school's current year, subject by subject, with the averages
// and advice worked out by subject-summary.ts.
import "server-only";
import { cachedForPupil } from "@/lib/cache/pupil-cache";
import { db, replicaRead } from "@/lib/db";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";
import { type TThresholds, thresholdsOf } from "@/lib/grading/term-mark";
import { type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import type { TJournalTerm } from "@/lib/journal/types";
import { getCurrentYear } from "@/lib/school/queries";
import { pickTerm } from "@/lib/school/terms";
import type { TDiaryPupil } from "./pupil-queries";
import { attendedLessonIds } from "./sql";
import { buildSubjectRows, type TNamed, type TSubjectRow, type TTermFinal, type TTermMark, type TTermSubject } from "./subject-summary";

/** A kind of work a pupil can pick in "what do I need", with the weight its marks carry. */
export type TKindOption = TNamed & { id: number; weight: number };

export type TTermMarks = {
  termKind: "QUARTER" | "TRIMESTER";
  terms: TJournalTerm[];
  term: TJournalTerm;
  rows: TSubjectRow[];
  /** The school's thresholds (its preset or its own), which turn an average into the term mark. */
  thresholds: TThresholds;
  workKinds: TKindOption[];
};

/** The term named by `termParam` (else the one of `today`, as the journal picks it) and the pupil's marks in it; null without a current year. */
export function getTermMarks(pupil: Pick<TDiaryPupil, "id" | "schoolId">, today: TIsoDate, termParam?: string): Promise<TTermMarks | null> {
  return cachedForPupil("marks", pupil.schoolId, pupil.id, `${today}|${termParam ?? ""}`, () => readTermMarks(pupil, today, termParam));
}

async function readTermMarks(pupil: Pick<TDiaryPupil, "id" | "schoolId">, today: TIsoDate, termParam?: string): Promise<TTermMarks | null> {
  return replicaRead(async () => {
    const { id: studentId, schoolId } = pupil;
    const [year, settings, workKinds] = await Promise.all([
      getCurrentYear(schoolId),
      db.gradingSettings.findUnique({ where: { schoolId }, select: { thresholdPreset: true, customThree: true, customFour: true, customFive: true } }),
      db.workKind.findMany({
        where: { schoolId, isActive: true, weight: { gt: 0 } },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, nameRu: true, nameTt: true, weight: true, isDefault: true },
      }),
    ]);
    const thresholds = thresholdsOf(settings ?? DEFAULT_GRADING);
    const defaultKind = workKinds.find((k) => k.isDefault) ?? workKinds[0];
    if (!year || year.terms.length === 0) return null;
    const terms = year.terms.map((t) => ({
      id: t.id,
      number: t.number,
      isLocked: t.isLocked,
      startDate: toIsoDate(t.startDate),
      endDate: toIsoDate(t.endDate),
    }));
    const term = pickTerm(terms, { param: termParam, today });
    if (!term) return null;
    const span = { from: term.startDate, to: term.endDate };
    // Lessons still to come in the term (from today, or the term's start if later), per subject.
    const leftFrom = today > term.startDate ? today : term.startDate;
    const [subjects, marks, finals, left] = await Promise.all([
      db.$queryRaw<TTermSubject[]>`
        SELECT DISTINCT sub.id, sub."nameRu", sub."nameTt", sub."sortOrder"
        FROM "Lesson" l JOIN "TeachingAssignment" a ON a.id = l."assignmentId" JOIN "Subject" sub ON sub.id = a."subjectId"
        WHERE l.id IN ${attendedLessonIds(studentId, schoolId, span)}`,
      db.$queryRaw<(Omit<TTermMark, "workKind"> & TNamed & { kindRu: string; kindTt: string; weight: number; sortOrder: number })[]>`
        SELECT m.id::text AS id, a."subjectId", to_char(l.date, 'YYYY-MM-DD') AS date, m.value, m."isPending", m.comment,
          sub."nameRu", sub."nameTt", sub."sortOrder", wk."nameRu" AS "kindRu", wk."nameTt" AS "kindTt", wk.weight
        FROM "Mark" m
        JOIN "Lesson" l ON l.id = m."lessonId"
        JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
        JOIN "Subject" sub ON sub.id = a."subjectId"
        JOIN "WorkKind" wk ON wk.id = m."workKindId"
        WHERE m."schoolId" = ${schoolId} AND m."studentId" = ${studentId} AND l.date >= ${term.startDate}::date AND l.date <= ${term.endDate}::date
        ORDER BY l.date, l.period, m."createdAt", m.id`,
      // With its subject in the same statement (Prisma's nested select is a second one, sent even
      // when there is no term mark).
      db.$queryRaw<(TTermFinal & { subject: TTermSubject })[]>`
        SELECT f."subjectId", f.status::text AS status, f.value,
          json_build_object('id', sub.id, 'nameRu', sub."nameRu", 'nameTt', sub."nameTt", 'sortOrder', sub."sortOrder") AS subject
        FROM "FinalMark" f JOIN "Subject" sub ON sub.id = f."subjectId"
        WHERE f."schoolId" = ${schoolId} AND f."studentId" = ${studentId} AND f.kind = 'TERM' AND f."termId" = ${term.id}`,
      db.$queryRaw<{ subjectId: number; n: number }[]>`
        SELECT a."subjectId", count(*)::int AS n
        FROM "Lesson" l JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
        WHERE l.id IN ${attendedLessonIds(studentId, schoolId, { from: leftFrom, to: term.endDate })} AND NOT l."isCancelled"
        GROUP BY a."subjectId"`,
    ]);
    // A subject can have marks or a term mark without a lesson the pupil still attends (a transfer).
    const allSubjects: TTermSubject[] = [
      ...subjects,
      ...marks.map((m) => ({ id: m.subjectId, nameRu: m.nameRu, nameTt: m.nameTt, sortOrder: m.sortOrder })),
      ...finals.map((f) => f.subject),
    ];
    const termMarks: TTermMark[] = marks.map(({ kindRu, kindTt, weight, nameRu: _r, nameTt: _t, sortOrder: _s, ...m }) => ({
      ...m,
      workKind: { nameRu: kindRu, nameTt: kindTt, weight },
    }));
    const termFinals: TTermFinal[] = finals.map(({ subject: _s, ...f }) => f);
    const lessonsLeft = new Map(left.map((r) => [r.subjectId, r.n]));
    const rows = buildSubjectRows(allSubjects, termMarks, termFinals, thresholds, defaultKind?.weight ?? 1, lessonsLeft);
    return { termKind: year.termKind, terms, term, rows, thresholds, workKinds: workKinds.map(({ isDefault: _d, ...k }) => k) };
  });
}
