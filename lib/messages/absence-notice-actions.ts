"use server";
// A parent tells the school in advance that their child will miss days; the homeroom teacher (or
// the school's administrator) accepts it, which sets the chosen absence code on every lesson of
// the child's class on those days (lessons in a locked term stay as they are).
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { can, hasRole } from "@/lib/authz";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { ZAcceptAbsenceInput, ZReportAbsenceInput } from "./schemas";

export const reportAbsenceAction = authActionClient
  .metadata({ name: "absenceNotice.report" })
  .inputSchema(ZReportAbsenceInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const link = await db.parentLink.findFirst({ where: { parentId: user.id, childId: input.studentId }, select: { schoolId: true } });
    if (!link || !can(user.roles, "absence:report", { schoolId: link.schoolId })) throw new ActionError("not_found");
    const id = await db.$transaction(async (tx) => {
      const row = await tx.absenceNotice.create({
        data: {
          schoolId: link.schoolId,
          studentId: input.studentId,
          parentId: user.id,
          startDate: fromIsoDate(input.startDate),
          endDate: fromIsoDate(input.endDate),
          reason: input.reason,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        schoolId: link.schoolId,
        actorId: user.id,
        action: "absenceNotice.create",
        entityType: "AbsenceNotice",
        entityId: row.id,
        studentId: input.studentId,
        after: { startDate: input.startDate, endDate: input.endDate },
      });
      return row.id;
    });
    revalidatePath("/diary", "layout");
    return { id };
  });

export const acceptAbsenceNoticeAction = authActionClient
  .metadata({ name: "absenceNotice.accept" })
  .inputSchema(ZAcceptAbsenceInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const notice = await db.absenceNotice.findUnique({
      where: { id: input.noticeId },
      select: { id: true, schoolId: true, studentId: true, startDate: true, endDate: true },
    });
    if (!notice) throw new ActionError("not_found");
    const { schoolId, studentId } = notice;
    const classes = await db.$queryRaw<{ id: number; homeroomTeacherId: number | null }[]>`
      SELECT c.id, c."homeroomTeacherId" FROM "Enrolment" e JOIN "SchoolClass" c ON c.id = e."classId"
      WHERE e."schoolId" = ${schoolId}::int AND e."studentId" = ${studentId}::int
        AND e."startDate" <= ${notice.endDate}::date AND (e."endDate" IS NULL OR e."endDate" >= ${notice.startDate}::date)`;
    const isHomeroom = classes.some((c) => c.homeroomTeacherId === user.id) && hasRole(user.roles, "TEACHER", schoolId);
    if (!isHomeroom && !hasRole(user.roles, "SCHOOL_ADMIN", schoolId)) throw new ActionError("not_found");
    const code = await db.absenceCode.findFirst({ where: { id: input.absenceCodeId, schoolId, isActive: true }, select: { id: true } });
    if (!code) throw new ActionError("not_found");
    const lessons = await db.$queryRaw<{ id: number }[]>`
      SELECT l.id FROM "Lesson" l JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
      WHERE l."schoolId" = ${schoolId}::int AND a."classId" = ANY(${classes.map((c) => c.id)}::int[])
        AND l.date BETWEEN ${notice.startDate}::date AND ${notice.endDate}::date AND NOT l."isCancelled"
        AND (a."subgroupId" IS NULL OR EXISTS (SELECT 1 FROM "SubgroupMember" sm WHERE sm."subgroupId" = a."subgroupId" AND sm."studentId" = ${studentId}::int))
        AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."schoolId" = l."schoolId" AND t."isLocked" AND l.date BETWEEN t."startDate" AND t."endDate")`;
    const now = new Date();
    await db.$transaction(async (tx) => {
      for (const l of lessons) {
        await tx.attendance.upsert({
          where: { lessonId_studentId: { lessonId: l.id, studentId } },
          create: { schoolId, lessonId: l.id, studentId, absenceCodeId: code.id, authorId: user.id },
          update: { absenceCodeId: code.id, authorId: user.id },
          select: { id: true },
        });
      }
      await tx.absenceNotice.update({
        where: { id: notice.id, schoolId },
        data: { acceptedAt: now, acceptedById: user.id, absenceCodeId: code.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "absenceNotice.accept",
        entityType: "AbsenceNotice",
        entityId: notice.id,
        studentId,
        after: { absenceCodeId: code.id, lessons: lessons.length, from: toIsoDate(notice.startDate), to: toIsoDate(notice.endDate) },
      });
    });
    revalidatePath("/journal", "layout");
    return { lessons: lessons.length };
  });
