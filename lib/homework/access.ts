// Who may see a homework attachment: the school's teachers and administrators, and the pupils of
// the class (and subgroup) it was set for — with their parents. Anyone else is told it does not
// exist.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/validation";
import type { TStoredFile } from "./storage";

type TAttachmentRow = TStoredFile & { schoolId: number; classId: number; subgroupId: number | null; lessonDate: string; dueDate: string };

export async function getReadableAttachment(user: TCurrentUser, attachmentId: number): Promise<TStoredFile | null> {
  if (!isId(attachmentId)) return null;
  const rows = await db.$queryRaw<TAttachmentRow[]>`
    SELECT ha."storageKey", ha."fileName", ha."mimeType", ha.size, ha."schoolId", a."classId", a."subgroupId",
      to_char(l.date, 'YYYY-MM-DD') AS "lessonDate", to_char(h."dueDate", 'YYYY-MM-DD') AS "dueDate"
    FROM "HomeworkAttachment" ha
    JOIN "Homework" h ON h.id = ha."homeworkId"
    JOIN "Lesson" l ON l.id = h."lessonId"
    JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
    WHERE ha.id = ${attachmentId}`;
  const row = rows[0];
  if (!row) return null;
  const file = { storageKey: row.storageKey, fileName: row.fileName, mimeType: row.mimeType, size: row.size };
  // Homework is class material, not a pupil's record: every teacher and administrator of the school reads it.
  if (schoolsWith(user.roles, "diary:read:school").includes(row.schoolId) || schoolsWith(user.roles, "diary:read:taught").includes(row.schoolId)) return file;

  const scope = { schoolId: row.schoolId };
  const whose: Prisma.Sql[] = [];
  if (can(user.roles, "diary:read:own", scope)) whose.push(Prisma.sql`e."studentId" = ${user.id}`);
  if (can(user.roles, "diary:read:child", scope)) {
    whose.push(Prisma.sql`e."studentId" IN (SELECT p."childId" FROM "ParentLink" p WHERE p."parentId" = ${user.id} AND p."schoolId" = ${row.schoolId})`);
  }
  if (whose.length === 0) return null;
  const inSubgroup =
    row.subgroupId === null
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = ${row.subgroupId} AND sm."studentId" = e."studentId")`;
  const found = await db.$queryRaw<{ ok: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Enrolment" e
      WHERE e."schoolId" = ${row.schoolId} AND e."classId" = ${row.classId}
        AND e."startDate" <= ${row.dueDate}::date AND (e."endDate" IS NULL OR e."endDate" >= ${row.lessonDate}::date)
        AND (${Prisma.join(whose, " OR ")}) ${inSubgroup}
    ) AS ok`;
  return found[0]?.ok ? file : null;
}
