"use server";
// An administrator frees a pupil from a subject for a term or for dates, with the reason, and ends
// it early when the pupil is back. Rows are never deleted (term sheets of past terms count them);
// ending one sets its last day. Each change is an audit event in the same transaction.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { findCurrentYear } from "@/lib/school/lookups";
import { ZCreateExemptionInput, ZEndExemptionInput } from "./schemas";

function revalidate() {
  revalidatePath("/school/exemptions");
  revalidatePath("/journal", "layout");
  revalidatePath("/reports", "layout");
}

export const createExemptionAction = schoolAdminClient
  .metadata({ name: "exemption.create" })
  .inputSchema(ZCreateExemptionInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const year = await findCurrentYear(schoolId);
    if (!year) failFields(ZCreateExemptionInput, [{ path: "", message: adminMessage("noCurrentYear") }]);
    const [student, subject, term] = await Promise.all([
      db.user.findFirst({
        where: { id: input.studentId, roles: { some: { schoolId, role: "STUDENT" } }, enrolments: { some: { schoolId, class: { yearId: year.id } } } },
        select: { id: true },
      }),
      db.subject.findFirst({ where: { id: input.subjectId, schoolId }, select: { id: true } }),
      input.termId ? db.term.findFirst({ where: { id: input.termId, schoolId, yearId: year.id }, select: { startDate: true, endDate: true } }) : null,
    ]);
    if (!student) failFields(ZCreateExemptionInput, [{ path: "studentId", message: adminMessage("notAPupil") }]);
    if (!subject) throw new ActionError("not_found");
    if (input.termId && !term) throw new ActionError("not_found");
    const from = term ? toIsoDate(term.startDate) : (input.startDate as string);
    const to = term ? toIsoDate(term.endDate) : input.endDate;
    const yearFrom = toIsoDate(year.startDate);
    const yearTo = toIsoDate(year.endDate);
    if (from < yearFrom || from > yearTo) failFields(ZCreateExemptionInput, [{ path: "startDate", message: adminMessage("outsideYear") }]);
    if (to !== null && to > yearTo) failFields(ZCreateExemptionInput, [{ path: "endDate", message: adminMessage("outsideYear") }]);
    const overlapping = await db.exemption.findFirst({
      where: {
        schoolId,
        studentId: student.id,
        subjectId: subject.id,
        ...(to === null ? {} : { startDate: { lte: fromIsoDate(to) } }),
        OR: [{ endDate: null }, { endDate: { gte: fromIsoDate(from) } }],
      },
      select: { id: true },
    });
    if (overlapping) failFields(ZCreateExemptionInput, [{ path: "subjectId", message: adminMessage("exemptionOverlap") }]);
    const after = { studentId: student.id, subjectId: subject.id, startDate: from, endDate: to, reason: input.reason };
    const row = await db.$transaction(async (tx) => {
      const created = await tx.exemption.create({
        data: {
          schoolId,
          yearId: year.id,
          studentId: student.id,
          subjectId: subject.id,
          startDate: fromIsoDate(from),
          endDate: to === null ? null : fromIsoDate(to),
          reason: input.reason,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "exemption.create",
        entityType: "Exemption",
        entityId: created.id,
        studentId: student.id,
        after,
      });
      return created;
    });
    revalidate();
    return { exemptionId: row.id };
  });

export const endExemptionAction = schoolAdminClient
  .metadata({ name: "exemption.end" })
  .inputSchema(ZEndExemptionInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const existing = await db.exemption.findFirst({
      where: { id: input.exemptionId, schoolId },
      select: { id: true, studentId: true, startDate: true, endDate: true },
    });
    if (!existing) throw new ActionError("not_found");
    const from = toIsoDate(existing.startDate);
    const before = existing.endDate ? toIsoDate(existing.endDate) : null;
    if (input.endDate < from) failFields(ZEndExemptionInput, [{ path: "endDate", message: adminMessage("endBeforeStart") }]);
    if (before !== null && input.endDate > before) failFields(ZEndExemptionInput, [{ path: "endDate", message: adminMessage("exemptionEndLater") }]);
    await db.$transaction(async (tx) => {
      await tx.exemption.update({ where: { id: existing.id, schoolId }, data: { endDate: fromIsoDate(input.endDate) }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "exemption.end",
        entityType: "Exemption",
        entityId: existing.id,
        studentId: existing.studentId,
        before: { endDate: before },
        after: { endDate: input.endDate },
      });
    });
    revalidate();
    return { exemptionId: existing.id };
  });
