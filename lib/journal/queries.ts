// Reads of the class journal. The term page needs four statements whatever the class size (five
// with the session): the header (one statement, JSON-aggregated), then side by side the lessons,
// the pupils, and the cells (marks, absences and term marks in one JSON-aggregated statement).
// No per-pupil or per-lesson queries; every read of Lesson, Mark, Attendance, Enrolment and
// FinalMark names the school first, so the (schoolId, …) indexes are walked by one search.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { TExemptionSpan } from "@/lib/exemptions/period";
import { getExemptionSpans } from "@/lib/exemptions/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GRADING } from "@/lib/grading/defaults";
import { type TThresholdPreset, thresholdsOf } from "@/lib/grading/term-mark";
import { schoolToday, type TIsoDate } from "@/lib/i18n/dates";
import { className } from "@/lib/school/names";
import { pickTerm } from "@/lib/school/terms";
import { isId, parseBigId } from "@/lib/validation";
import { journalRights } from "./access-rules";
import type {
  TAbsenceOption,
  TJournalAbsence,
  TJournalAccess,
  TJournalFinalMark,
  TJournalHeader,
  TJournalLesson,
  TJournalMark,
  TJournalPupil,
  TJournalTerm,
  TJournalTermData,
  TJournalYearData,
  TWorkKindOption,
} from "./types";

type THeaderRow = {
  assignmentId: number;
  schoolId: number;
  yearId: number;
  subjectId: number;
  classId: number;
  subgroupId: number | null;
  teacherId: number;
  subjectRu: string;
  subjectTt: string;
  grade: number;
  letter: string;
  homeroomTeacherId: number | null;
  subgroupName: string | null;
  teacherName: string;
  termKind: "QUARTER" | "TRIMESTER";
  allowedValues: number[] | null;
  ungradedGrades: number[] | null;
  thresholdPreset: TThresholdPreset | "CUSTOM" | null;
  customThree: number | null;
  customFour: number | null;
  customFive: number | null;
  isSubstitute: boolean;
  focusDate: TIsoDate | null;
  terms: TJournalTerm[];
  workKinds: TWorkKindOption[];
  absenceCodes: TAbsenceOption[];
};

/** Everything about an assignment the journal shows above and beside the grid, in one statement. */
export const getJournalHeader = cache(async (assignmentId: number, readerId: number, focusLessonId = 0n): Promise<TJournalHeader | null> => {
  if (!isId(assignmentId)) return null;
  const rows = await db.$queryRaw<THeaderRow[]>`
    SELECT a.id AS "assignmentId", a."schoolId", a."yearId", a."subjectId", a."classId", a."subgroupId", a."teacherId",
      s."nameRu" AS "subjectRu", s."nameTt" AS "subjectTt", c.grade, c.letter, c."homeroomTeacherId", sg.name AS "subgroupName",
      concat_ws(' ', t."lastName", t."firstName", t."middleName") AS "teacherName", y."termKind"::text AS "termKind",
      gs."allowedValues", gs."ungradedGrades", gs."thresholdPreset"::text AS "thresholdPreset", gs."customThree", gs."customFour", gs."customFive",
      EXISTS (SELECT 1 FROM "Lesson" l WHERE l."schoolId" = a."schoolId" AND l."assignmentId" = a.id AND l."substituteTeacherId" = ${readerId}) AS "isSubstitute",
      (SELECT to_char(l.date, 'YYYY-MM-DD') FROM "Lesson" l WHERE l.id = ${focusLessonId} AND l."schoolId" = a."schoolId" AND l."assignmentId" = a.id) AS "focusDate",
      (SELECT coalesce(json_agg(json_build_object('id', tm.id, 'number', tm.number, 'startDate', tm."startDate", 'endDate', tm."endDate",
        'isLocked', tm."isLocked") ORDER BY tm.number), '[]') FROM "Term" tm WHERE tm."yearId" = a."yearId") AS terms,
      (SELECT coalesce(json_agg(json_build_object('id', w.id, 'code', w.code, 'nameRu', w."nameRu", 'nameTt', w."nameTt", 'weight', w.weight,
        'isDefault', w."isDefault", 'isActive', w."isActive") ORDER BY w."sortOrder", w.id), '[]') FROM "WorkKind" w WHERE w."schoolId" = a."schoolId") AS "workKinds",
      (SELECT coalesce(json_agg(json_build_object('id', ac.id, 'letterRu', ac."letterRu", 'letterTt', ac."letterTt", 'nameRu', ac."nameRu",
        'nameTt', ac."nameTt", 'kind', ac.kind, 'isActive', ac."isActive") ORDER BY ac."sortOrder", ac.id), '[]') FROM "AbsenceCode" ac WHERE ac."schoolId" = a."schoolId") AS "absenceCodes"
    FROM "TeachingAssignment" a
    JOIN "Subject" s ON s.id = a."subjectId"
    JOIN "SchoolClass" c ON c.id = a."classId"
    JOIN "User" t ON t.id = a."teacherId"
    JOIN "AcademicYear" y ON y.id = a."yearId"
    LEFT JOIN "Subgroup" sg ON sg.id = a."subgroupId"
    LEFT JOIN "GradingSettings" gs ON gs."schoolId" = a."schoolId"
    WHERE a.id = ${assignmentId}`;
  const r = rows[0];
  if (!r) return null;
  const ungraded = r.ungradedGrades ?? [1];
  return {
    assignmentId: r.assignmentId,
    schoolId: r.schoolId,
    yearId: r.yearId,
    subjectId: r.subjectId,
    subject: { nameRu: r.subjectRu, nameTt: r.subjectTt },
    classId: r.classId,
    grade: r.grade,
    className: className(r),
    subgroupId: r.subgroupId,
    subgroupName: r.subgroupName,
    teacherId: r.teacherId,
    teacherName: r.teacherName,
    homeroomTeacherId: r.homeroomTeacherId,
    isSubstitute: r.isSubstitute,
    focusDate: r.focusDate,
    settings: {
      allowedValues: r.allowedValues ?? DEFAULT_GRADING.allowedValues,
      thresholds: thresholdsOf({ ...r, thresholdPreset: r.thresholdPreset ?? DEFAULT_GRADING.thresholdPreset }),
      isUngraded: ungraded.includes(r.grade),
    },
    termKind: r.termKind,
    terms: r.terms,
    workKinds: r.workKinds,
    absenceCodes: r.absenceCodes,
  };
});

/** The header and the reader's rights, or null when the reader may not see this journal. */
export async function getReadableJournal(
  user: TCurrentUser,
  assignmentId: number,
  focusLessonId = 0n,
): Promise<{ header: TJournalHeader; access: TJournalAccess } | null> {
  const header = await getJournalHeader(assignmentId, user.id, focusLessonId);
  if (!header) return null;
  const rights = journalRights(user, header, { substitutesSomeLesson: header.isSubstitute });
  if (!rights.canRead) return null;
  return { header, access: { canRead: true, canWrite: rights.canWrite, canWriteFinalMarks: rights.canWriteFinalMarks, substituteLessonIds: [] } };
}

// Numeric, so that "Иванов 2" comes before "Иванов 10" (and test pupils stay in their order).
const collator = new Intl.Collator("ru", { numeric: true });

/** Pupils in the class (and the subgroup) at any time from `from` to `to`, with their spans. */
async function getPupils(h: TJournalHeader, from: TIsoDate, to: TIsoDate): Promise<TJournalPupil[]> {
  const inSubgroup =
    h.subgroupId === null
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = ${h.subgroupId} AND sm."studentId" = e."studentId")`;
  const rows = await db.$queryRaw<TJournalPupil[]>`
    SELECT u.id, u."lastName", u."firstName",
      json_agg(json_build_object('from', e."startDate", 'to', e."endDate") ORDER BY e."startDate") AS spans
    FROM "Enrolment" e JOIN "User" u ON u.id = e."studentId"
    WHERE e."schoolId" = ${h.schoolId} AND e."classId" = ${h.classId}
      AND e."startDate" <= ${to}::date AND (e."endDate" IS NULL OR e."endDate" >= ${from}::date) ${inSubgroup}
    GROUP BY u.id`;
  return rows.sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id);
}

async function getLessons(h: TJournalHeader, term: TJournalTerm): Promise<TJournalLesson[]> {
  return db.$queryRaw<TJournalLesson[]>`
    SELECT l.id::text AS id, to_char(l.date, 'YYYY-MM-DD') AS date, l.period, l.topic, l."isCancelled", l."substituteTeacherId",
      EXISTS (SELECT 1 FROM "Homework" hw WHERE hw."schoolId" = l."schoolId" AND hw."lessonId" = l.id) AS "hasHomework"
    FROM "Lesson" l
    WHERE l."schoolId" = ${h.schoolId} AND l."assignmentId" = ${h.assignmentId}
      AND l.date >= ${term.startDate}::date AND l.date <= ${term.endDate}::date
    ORDER BY l.date, l.period, l.id`;
}

type TCellsRow = { marks: TJournalMark[]; absences: TJournalAbsence[]; finalMarks: TJournalFinalMark[]; exemptions: TExemptionSpan[] };

/** The term's marks (in the order written), absences, term marks and exemptions overlapping it, in one statement. */
async function getCells(h: TJournalHeader, term: TJournalTerm): Promise<TCellsRow> {
  // The term's lessons of this journal, by Lesson_schoolId_assignmentId_date_idx (school first).
  const termLessons = Prisma.sql`SELECT l.id FROM "Lesson" l WHERE l."schoolId" = ${h.schoolId} AND l."assignmentId" = ${h.assignmentId}
    AND l.date >= ${term.startDate}::date AND l.date <= ${term.endDate}::date`;
  const [row] = await db.$queryRaw<TCellsRow[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', m.id::text, 'lessonId', m."lessonId"::text, 'studentId', m."studentId", 'value', m.value,
          'workKindId', m."workKindId", 'isPending', m."isPending", 'comment', m.comment) ORDER BY m."createdAt", m.id), '[]'::json)
        FROM "Mark" m WHERE m."schoolId" = ${h.schoolId} AND m."lessonId" IN (${termLessons})) AS marks,
      (SELECT coalesce(json_agg(json_build_object('lessonId', at."lessonId"::text, 'studentId', at."studentId", 'absenceCodeId', at."absenceCodeId")
          ORDER BY at."lessonId", at."studentId"), '[]'::json)
        FROM "Attendance" at WHERE at."schoolId" = ${h.schoolId} AND at."lessonId" IN (${termLessons})) AS absences,
      (SELECT coalesce(json_agg(json_build_object('studentId', f."studentId", 'period', f.period, 'status', f.status, 'value', f.value,
          'average', f.average, 'suggested', f.suggested, 'isOverride', f."isOverride") ORDER BY f."studentId"), '[]'::json)
        FROM "FinalMark" f WHERE f."schoolId" = ${h.schoolId} AND f."termId" = ${term.id} AND f."subjectId" = ${h.subjectId}
          AND f."yearId" = ${h.yearId} AND f.kind = 'TERM' AND f.period = ${term.number}) AS "finalMarks",
      (SELECT coalesce(json_agg(json_build_object('studentId', x."studentId", 'from', to_char(x."startDate", 'YYYY-MM-DD'),
          'to', to_char(x."endDate", 'YYYY-MM-DD'))), '[]'::json)
        FROM "Exemption" x WHERE x."schoolId" = ${h.schoolId} AND x."yearId" = ${h.yearId} AND x."subjectId" = ${h.subjectId}
          AND x."startDate" <= ${term.endDate}::date AND (x."endDate" IS NULL OR x."endDate" >= ${term.startDate}::date)) AS exemptions`;
  return row;
}

/** Exactly the fields of TJournalFinalMark. */
const FINAL_SELECT = { studentId: true, period: true, status: true, value: true, average: true, suggested: true, isOverride: true } as const;

/** One term of a journal: the grid's whole content, or null when the reader may not see it. */
export async function getJournalTerm(
  user: TCurrentUser,
  assignmentId: number,
  opts: { term?: string; lessonId?: string } = {},
): Promise<TJournalTermData | null> {
  const focusLessonId = parseBigId(opts.lessonId) ?? 0n;
  const readable = await getReadableJournal(user, assignmentId, focusLessonId);
  if (!readable) return null;
  const { header: h, access } = readable;
  const term = pickTerm(h.terms, { param: opts.term, focusDate: h.focusDate ?? undefined, today: schoolToday() });
  if (!term) return null;
  const [lessons, pupils, { marks, absences, finalMarks: finals, exemptions }] = await Promise.all([
    getLessons(h, term),
    getPupils(h, term.startDate, term.endDate),
    getCells(h, term),
  ]);
  const pupilIds = new Set(pupils.map((p) => p.id));
  return {
    header: h,
    access: { ...access, substituteLessonIds: access.canWrite ? [] : lessons.filter((l) => l.substituteTeacherId === user.id).map((l) => l.id) },
    term,
    pupils,
    lessons,
    marks,
    absences,
    finalMarks: finals.filter((f) => pupilIds.has(f.studentId)),
    exemptions: exemptions.filter((x) => pupilIds.has(x.studentId)),
  };
}

/** The year page: pupils of the year with their term marks and year marks. */
export async function getJournalYear(user: TCurrentUser, assignmentId: number): Promise<TJournalYearData | null> {
  const readable = await getReadableJournal(user, assignmentId);
  if (!readable || readable.header.terms.length === 0) return null;
  const { header: h, access } = readable;
  const from = h.terms[0].startDate;
  const to = h.terms[h.terms.length - 1].endDate;
  const [pupils, finals, exemptions] = await Promise.all([
    getPupils(h, from, to),
    db.finalMark.findMany({ where: { schoolId: h.schoolId, yearId: h.yearId, subjectId: h.subjectId }, select: FINAL_SELECT }),
    getExemptionSpans(h.schoolId, h.yearId, h.subjectId),
  ]);
  const pupilIds = new Set(pupils.map((p) => p.id));
  return {
    header: h,
    access,
    pupils,
    finalMarks: finals.filter((f) => pupilIds.has(f.studentId)),
    exemptions: exemptions.filter((x) => pupilIds.has(x.studentId)),
  };
}

export type TJournalIndexEntry = {
  assignmentId: number;
  subject: { nameRu: string; nameTt: string };
  className: string;
  grade: number;
  subgroupName: string | null;
  teacherName: string;
  /** Why the reader sees it: their own, their class's (read only), their school's (as admin). */
  reason: "own" | "homeroom" | "school";
  canWrite: boolean;
};

/** The journals of the current year a person may open, by class and subject. */
export async function getJournalIndex(user: TCurrentUser): Promise<TJournalIndexEntry[]> {
  const adminSchools = user.roles.filter((r) => r.role === "SCHOOL_ADMIN" && r.schoolId !== null).map((r) => r.schoolId as number);
  const rows = await db.teachingAssignment.findMany({
    where: {
      year: { isCurrent: true },
      OR: [{ teacherId: user.id }, { schoolId: { in: adminSchools } }, { class: { homeroomTeacherId: user.id } }],
    },
    select: {
      id: true,
      schoolId: true,
      teacherId: true,
      subject: { select: { nameRu: true, nameTt: true, sortOrder: true } },
      class: { select: { grade: true, letter: true, homeroomTeacherId: true } },
      subgroup: { select: { name: true } },
      teacher: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  return rows
    .map((a) => {
      const rights = journalRights(user, { schoolId: a.schoolId, teacherId: a.teacherId, homeroomTeacherId: a.class.homeroomTeacherId });
      const reason: TJournalIndexEntry["reason"] = a.teacherId === user.id && rights.canWrite ? "own" : rights.canWrite ? "school" : "homeroom";
      return {
        entry: {
          assignmentId: a.id,
          subject: { nameRu: a.subject.nameRu, nameTt: a.subject.nameTt },
          className: className(a.class),
          grade: a.class.grade,
          subgroupName: a.subgroup?.name ?? null,
          teacherName: [a.teacher.lastName, a.teacher.firstName, a.teacher.middleName].filter(Boolean).join(" "),
          reason,
          canWrite: rights.canWrite,
        },
        canRead: rights.canRead,
        order: [a.class.grade, a.class.letter, a.subject.sortOrder, a.subgroup?.name ?? ""] as const,
      };
    })
    .filter((x) => x.canRead)
    .sort((x, y) => x.order[0] - y.order[0] || collator.compare(x.order[1], y.order[1]) || x.order[2] - y.order[2] || collator.compare(x.order[3], y.order[3]))
    .map((x) => x.entry);
}
