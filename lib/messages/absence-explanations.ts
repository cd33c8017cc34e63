// Reads and rules of parents' explanations of absences: which absences a parent may still explain,
// who decides, which code an accepted one sets, and what the diary, the journal and the file route
// show. An absence is explainable while it is unexcused, outside a locked term, and no pending or
// accepted explanation covers it (a declined one may be followed by another).
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { hasRole, schoolsWith } from "@/lib/authz";
import type { TTransaction } from "@/lib/database/prisma";
import { db } from "@/lib/db";
import type { AbsenceExplanationStatus } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";

const NOT_LOCKED = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."schoolId" = l."schoolId" AND t."isLocked" AND l.date BETWEEN t."startDate" AND t."endDate")`;

/** The lessons of `date` (or the one lesson) with an absence of the pupil a parent may explain. */
export async function explainableAbsences(schoolId: number, studentId: number, date: Date, lessonId: bigint | null): Promise<bigint[]> {
  const rows = await db.$queryRaw<{ lessonId: bigint }[]>`
    SELECT a."lessonId" FROM "Attendance" a
      JOIN "Lesson" l ON l.id = a."lessonId" JOIN "AbsenceCode" c ON c.id = a."absenceCodeId"
    WHERE a."schoolId" = ${schoolId}::int AND a."studentId" = ${studentId}::int AND l.date = ${date}::date
      AND (${lessonId}::bigint IS NULL OR a."lessonId" = ${lessonId}::bigint)
      AND c.kind = 'UNEXCUSED' AND ${NOT_LOCKED}
      AND NOT EXISTS (SELECT 1 FROM "AbsenceExplanation" x WHERE x."schoolId" = a."schoolId" AND x."studentId" = a."studentId"
        AND x.date = l.date AND x.status <> 'DECLINED' AND a."lessonId" = ANY(x."lessonIds"))
    ORDER BY l.period, a."lessonId"`;
  return rows.map((r) => r.lessonId);
}

/** The pupil's absences on these lessons that may still change (outside a locked term). */
export function writableAbsences(tx: TTransaction, schoolId: number, studentId: number, lessonIds: bigint[]) {
  // The array goes as decimal strings: the 64-bit ids cast exactly in SQL.
  return tx.$queryRaw<{ id: bigint; lessonId: bigint; absenceCodeId: number }[]>`
    SELECT a.id, a."lessonId", a."absenceCodeId" FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
    WHERE a."schoolId" = ${schoolId}::int AND a."studentId" = ${studentId}::int AND a."lessonId" = ANY(${lessonIds.map(String)}::bigint[]) AND ${NOT_LOCKED}
    ORDER BY l.period, a."lessonId"
    FOR UPDATE OF a`;
}

/** The code an accepted explanation sets: the school's excused one, or else its illness one. */
export async function excusedCodeOf(schoolId: number) {
  const codes = await db.absenceCode.findMany({
    where: { schoolId, isActive: true, kind: { in: ["EXCUSED", "ILLNESS"] } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, kind: true },
  });
  return codes.find((c) => c.kind === "EXCUSED") ?? codes[0] ?? null;
}

/** The homeroom teacher of a class the pupil was in that day, or an administrator of the school. */
export async function canDecideExplanation(user: TCurrentUser, x: { schoolId: number; studentId: number; date: Date }): Promise<boolean> {
  if (hasRole(user.roles, "SCHOOL_ADMIN", x.schoolId)) return true;
  if (!hasRole(user.roles, "TEACHER", x.schoolId)) return false;
  const rows = await db.$queryRaw<{ ok: number }[]>`
    SELECT 1 AS ok FROM "Enrolment" e JOIN "SchoolClass" c ON c.id = e."classId"
    WHERE e."schoolId" = ${x.schoolId}::int AND e."studentId" = ${x.studentId}::int AND c."homeroomTeacherId" = ${user.id}::int
      AND e."startDate" <= ${x.date}::date AND (e."endDate" IS NULL OR e."endDate" >= ${x.date}::date)
    LIMIT 1`;
  return rows.length > 0;
}

export type TExplanationStatus = AbsenceExplanationStatus;

export type TPupilAbsence = {
  /** 64-bit, as its decimal string: the row goes to the browser. */
  lessonId: string;
  date: Date;
  period: number;
  nameRu: string;
  nameTt: string;
  letterRu: string;
  letterTt: string;
  isUnexcused: boolean;
  isLocked: boolean;
  /** The latest explanation covering it, if any. */
  status: TExplanationStatus | null;
};

/** A pupil's absences in [from, to] with where their explanation stands, for the parent's diary. */
export async function pupilAbsences(schoolId: number, studentId: number, from: string, to: string): Promise<TPupilAbsence[]> {
  return db.$queryRaw<TPupilAbsence[]>`
    SELECT a."lessonId"::text AS "lessonId", l.date, l.period, s."nameRu", s."nameTt", c."letterRu", c."letterTt", (c.kind = 'UNEXCUSED') AS "isUnexcused",
      NOT ${NOT_LOCKED} AS "isLocked", x.status
    FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId" JOIN "AbsenceCode" c ON c.id = a."absenceCodeId"
      JOIN "TeachingAssignment" ta ON ta.id = l."assignmentId" JOIN "Subject" s ON s.id = ta."subjectId"
      LEFT JOIN LATERAL (SELECT x.status FROM "AbsenceExplanation" x WHERE x."schoolId" = a."schoolId" AND x."studentId" = a."studentId"
        AND x.date = l.date AND a."lessonId" = ANY(x."lessonIds") ORDER BY x.id DESC LIMIT 1) x ON true
    WHERE a."schoolId" = ${schoolId}::int AND a."studentId" = ${studentId}::int AND l.date BETWEEN ${from}::date AND ${to}::date
      AND (c.kind = 'UNEXCUSED' OR x.status IS NOT NULL)
    ORDER BY l.date, l.period`;
}

export type TJournalExplanation = {
  id: number;
  studentName: string;
  date: Date;
  reason: string;
  hasFile: boolean;
  status: TExplanationStatus;
  lessons: string[];
};

/**
 * Explanations for pupils of a class on days in [from, to], for its homeroom teacher (or the
 * school's administrator): pending first, then the decided ones.
 */
export async function explanationsForClass(user: TCurrentUser, classId: number, from: string, to: string): Promise<TJournalExplanation[]> {
  const admin = schoolsWith(user.roles, "school:manage");
  return db.$queryRaw<TJournalExplanation[]>`
    SELECT x.id, u."lastName" || ' ' || u."firstName" AS "studentName", x.date, x.reason, (x."storageKey" IS NOT NULL) AS "hasFile", x.status,
      coalesce((SELECT array_agg(l.period::text || '. ' || s."nameRu" ORDER BY l.period) FROM "Lesson" l
        JOIN "TeachingAssignment" ta ON ta.id = l."assignmentId" JOIN "Subject" s ON s.id = ta."subjectId"
        WHERE l."schoolId" = x."schoolId" AND l.id = ANY(x."lessonIds")), '{}') AS lessons
    FROM "SchoolClass" c JOIN "Enrolment" e ON e."classId" = c.id AND e."schoolId" = c."schoolId"
      JOIN "AbsenceExplanation" x ON x."schoolId" = c."schoolId" AND x."studentId" = e."studentId"
        AND x.date >= e."startDate" AND (e."endDate" IS NULL OR x.date <= e."endDate")
      JOIN "User" u ON u.id = x."studentId"
    WHERE c.id = ${classId}::int AND (c."homeroomTeacherId" = ${user.id}::int OR c."schoolId" = ANY(${admin}::int[]))
      AND x.date BETWEEN ${from}::date AND ${to}::date
    ORDER BY (x.status = 'PENDING') DESC, x.date, u."lastName", x.id`;
}

/** The photo of an explanation, for the parent who sent it, the pupil's homeroom teacher or the school's administrator; else null. */
export async function getExplanationFile(user: TCurrentUser, id: number) {
  const x = await db.absenceExplanation.findUnique({
    where: { id },
    select: { schoolId: true, studentId: true, parentId: true, date: true, fileName: true, mimeType: true, storageKey: true },
  });
  if (!x?.storageKey || !x.fileName || !x.mimeType) return null;
  const isReader = x.parentId === user.id || (await canDecideExplanation(user, x));
  return isReader ? { storageKey: x.storageKey, fileName: x.fileName, mimeType: x.mimeType } : null;
}
