// The audit screen's reads: one school's events filtered and paged by keyset (newest first), the
// choices of its filters, and the names a row shows. Every statement names the school first.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor, moscowDayStart, type TAuditFilters } from "./filters";

export type TAuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  studentName: string | null;
  subject: { nameRu: string; nameTt: string } | null;
  className: string | null;
  lessonDate: string | null;
  before: unknown;
  after: unknown;
};

/** "createdAt" is a timestamp without zone holding UTC (see lib/audit/record-sql.ts): compare as such. */
const utc = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 23)}::timestamp`;

type TRawRow = Omit<TAuditRow, "id" | "subject"> & { id: bigint; subjectRu: string | null; subjectTt: string | null };

/** One page of a school's events (limit rows) and the cursor of the next, or null at the end. */
export async function searchAudit(schoolId: number, f: TAuditFilters, limit = 50): Promise<{ rows: TAuditRow[]; next: string | null }> {
  const where: Prisma.Sql[] = [Prisma.sql`e."schoolId" = ${schoolId}`];
  if (f.actor) where.push(Prisma.sql`e."actorId" = ${f.actor}`);
  if (f.pupil) where.push(Prisma.sql`e."studentId" = ${f.pupil}`);
  if (f.kind) where.push(Prisma.sql`e.action LIKE ${`${f.kind}.%`}`);
  if (f.from) where.push(Prisma.sql`e."createdAt" >= ${utc(moscowDayStart(f.from))}`);
  if (f.to) where.push(Prisma.sql`e."createdAt" < ${utc(new Date(moscowDayStart(f.to).getTime() + 86_400_000))}`);
  if (f.subject) where.push(Prisma.sql`coalesce(ta."subjectId", fm."subjectId", x."subjectId") = ${f.subject}`);
  if (f.class) {
    // A lesson of the class's journals, or a pupil who was in the class.
    where.push(Prisma.sql`(ta."classId" = ${f.class} OR e."studentId" IN (
      SELECT en."studentId" FROM "Enrolment" en WHERE en."schoolId" = ${schoolId} AND en."classId" = ${f.class}))`);
  }
  if (f.after) {
    const c = decodeCursor(f.after);
    where.push(Prisma.sql`(e."createdAt", e.id) < (${utc(c.createdAt)}, ${c.id.toString()}::bigint)`);
  }
  const rows = await db.$queryRaw<TRawRow[]>`
    SELECT e.id, e."createdAt", e.action, e.before, e.after,
      CASE WHEN a.id IS NULL THEN NULL ELSE a."lastName" || ' ' || a."firstName" END AS "actorName",
      CASE WHEN p.id IS NULL THEN NULL ELSE p."lastName" || ' ' || p."firstName" END AS "studentName",
      s."nameRu" AS "subjectRu", s."nameTt" AS "subjectTt",
      CASE WHEN c.id IS NULL THEN NULL ELSE c.grade || ' «' || c.letter || '»' END AS "className",
      to_char(l.date, 'YYYY-MM-DD') AS "lessonDate"
    FROM "AuditEvent" e
      LEFT JOIN "User" a ON a.id = e."actorId"
      LEFT JOIN "User" p ON p.id = e."studentId"
      LEFT JOIN "Lesson" l ON l."schoolId" = e."schoolId" AND l.id = e."lessonId"
      LEFT JOIN "TeachingAssignment" ta ON ta."schoolId" = e."schoolId" AND ta.id = l."assignmentId"
      LEFT JOIN "FinalMark" fm ON e."entityType" = 'FinalMark' AND fm."schoolId" = e."schoolId"
        AND fm.id = CASE WHEN e."entityId" ~ '^[0-9]{1,18}$' THEN e."entityId"::bigint END
      LEFT JOIN "Exemption" x ON e."entityType" = 'Exemption' AND x."schoolId" = e."schoolId"
        AND x.id = CASE WHEN e."entityId" ~ '^[0-9]{1,9}$' THEN e."entityId"::int END
      LEFT JOIN "Subject" s ON s.id = coalesce(ta."subjectId", fm."subjectId", x."subjectId")
      LEFT JOIN "SchoolClass" c ON c.id = ta."classId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ subjectRu, subjectTt, ...r }) => ({
      ...r,
      id: String(r.id),
      subject: subjectRu === null ? null : { nameRu: subjectRu, nameTt: subjectTt ?? subjectRu },
    })),
    next: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

const fullName = (u: { lastName: string; firstName: string; middleName: string | null }) => [u.lastName, u.firstName, u.middleName].filter(Boolean).join(" ");

/** Choices of the filters: the school's staff, its classes and subjects this year, its pupils. */
export async function getAuditFilterOptions(schoolId: number) {
  const [staff, classes, subjects, pupils] = await Promise.all([
    db.user.findMany({
      where: { roles: { some: { schoolId, role: { in: ["TEACHER", "SCHOOL_ADMIN"] } } } },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
    db.schoolClass.findMany({
      where: { schoolId, year: { isCurrent: true } },
      orderBy: [{ grade: "asc" }, { letter: "asc" }],
      select: { id: true, grade: true, letter: true },
    }),
    db.subject.findMany({ where: { schoolId }, orderBy: [{ sortOrder: "asc" }, { nameRu: "asc" }], select: { id: true, nameRu: true, nameTt: true } }),
    db.user.findMany({
      where: { roles: { some: { schoolId, role: "STUDENT" } } },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
  ]);
  return {
    staff: staff.map((u) => ({ id: u.id, name: fullName(u) })),
    classes: classes.map((c) => ({ id: c.id, name: `${c.grade} «${c.letter}»` })),
    subjects,
    pupils: pupils.map((u) => ({ id: u.id, name: fullName(u) })),
  };
}

/** Schools a regional administrator picks from. */
export async function getSchoolNames(ids: readonly number[]) {
  return db.school.findMany({ where: { id: { in: [...ids] } }, orderBy: { nameRu: "asc" }, select: { id: true, nameRu: true, nameTt: true } });
}
