"use server";
// A pupil's path through the school: enrolled in a class from a date, transferred mid-year (the
// old enrolment ends the day before; marks stay with their lessons, so the old class's journal
// keeps them), leaving; and the parents linked to a child.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { addDays, fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { ZEndEnrolmentInput, ZEnrolInput, ZLinkParentInput, ZTransferInput, ZUnlinkParentInput } from "./people-schemas";

async function findStudent(schoolId: number, studentId: number) {
  return db.user.findFirst({ where: { id: studentId, roles: { some: { schoolId, role: "STUDENT" } } }, select: { id: true } });
}

/** A class of the school whose year holds the date. */
async function findClassOn(schoolId: number, classId: number, date: string) {
  const d = fromIsoDate(date);
  return db.schoolClass.findFirst({ where: { id: classId, schoolId, year: { startDate: { lte: d }, endDate: { gte: d } } }, select: { id: true } });
}

function revalidatePeople() {
  revalidatePath("/school", "layout");
}

export const enrolAction = schoolAdminClient
  .metadata({ name: "roster.enrol" })
  .inputSchema(ZEnrolInput)
  .action(async ({ parsedInput: { studentId, classId, startDate }, ctx: { user, schoolId } }) => {
    if (!(await findStudent(schoolId, studentId))) throw new ActionError("not_found");
    const cls = await findClassOn(schoolId, classId, startDate);
    if (!cls) failFields(ZEnrolInput, [{ path: "startDate", message: adminMessage("outsideYear") }]);
    const open = await db.enrolment.findFirst({
      where: { schoolId, studentId, OR: [{ endDate: null }, { endDate: { gte: fromIsoDate(startDate) } }] },
      select: { id: true },
    });
    if (open) failFields(ZEnrolInput, [{ path: "classId", message: adminMessage("alreadyEnrolled") }]);
    const enrolment = await db.$transaction(async (tx) => {
      const row = await tx.enrolment.create({ data: { schoolId, classId: cls.id, studentId, startDate: fromIsoDate(startDate) }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "enrolment.create",
        entityType: "Enrolment",
        entityId: row.id,
        studentId,
        after: { classId, startDate },
      });
      return row;
    });
    revalidatePeople();
    return { enrolmentId: enrolment.id };
  });

export const transferAction = schoolAdminClient
  .metadata({ name: "roster.transfer" })
  .inputSchema(ZTransferInput)
  .action(async ({ parsedInput: { studentId, classId, date }, ctx: { user, schoolId } }) => {
    if (!(await findStudent(schoolId, studentId))) throw new ActionError("not_found");
    const day = fromIsoDate(date);
    const current = await db.enrolment.findFirst({
      where: { schoolId, studentId, startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] },
      select: { id: true, classId: true, startDate: true, endDate: true },
    });
    if (!current) failFields(ZTransferInput, [{ path: "date", message: adminMessage("notEnrolledOn") }]);
    if (current.classId === classId) failFields(ZTransferInput, [{ path: "classId", message: adminMessage("sameClass") }]);
    if (toIsoDate(current.startDate) >= date) failFields(ZTransferInput, [{ path: "date", message: adminMessage("transferBeforeStart") }]);
    const cls = await findClassOn(schoolId, classId, date);
    if (!cls) failFields(ZTransferInput, [{ path: "classId", message: adminMessage("outsideYear") }]);
    const later = await db.enrolment.findFirst({ where: { schoolId, studentId, id: { not: current.id }, startDate: { gte: day } }, select: { id: true } });
    if (later) failFields(ZTransferInput, [{ path: "date", message: adminMessage("alreadyEnrolled") }]);
    const created = await db.$transaction(async (tx) => {
      await tx.enrolment.update({ where: { id: current.id, schoolId }, data: { endDate: fromIsoDate(addDays(date, -1)) }, select: { id: true } });
      const row = await tx.enrolment.create({ data: { schoolId, studentId, classId: cls.id, startDate: day, endDate: current.endDate }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "enrolment.transfer",
        entityType: "Enrolment",
        entityId: row.id,
        studentId,
        before: { enrolmentId: current.id, classId: current.classId },
        after: { classId, date },
      });
      return row;
    });
    revalidatePeople();
    return { enrolmentId: created.id };
  });

export const endEnrolmentAction = schoolAdminClient
  .metadata({ name: "roster.endEnrolment" })
  .inputSchema(ZEndEnrolmentInput)
  .action(async ({ parsedInput: { studentId, endDate }, ctx: { user, schoolId } }) => {
    const day = fromIsoDate(endDate);
    const current = await db.enrolment.findFirst({
      where: { schoolId, studentId, startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] },
      select: { id: true, endDate: true },
    });
    if (!current) failFields(ZEndEnrolmentInput, [{ path: "endDate", message: adminMessage("notEnrolledOn") }]);
    await db.$transaction(async (tx) => {
      await tx.enrolment.update({ where: { id: current.id, schoolId }, data: { endDate: day }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "enrolment.end",
        entityType: "Enrolment",
        entityId: current.id,
        studentId,
        after: { endDate },
      });
    });
    revalidatePeople();
    return { enrolmentId: current.id };
  });

export const linkParentAction = schoolAdminClient
  .metadata({ name: "roster.linkParent" })
  .inputSchema(ZLinkParentInput)
  .action(async ({ parsedInput: { parentId, childId, relation }, ctx: { user, schoolId } }) => {
    const [parent, child] = await Promise.all([
      db.user.findFirst({ where: { id: parentId, roles: { some: { schoolId, role: "PARENT" } } }, select: { id: true } }),
      findStudent(schoolId, childId),
    ]);
    if (!child) throw new ActionError("not_found");
    if (!parent) failFields(ZLinkParentInput, [{ path: "parentId", message: "field.invalid_value" }]);
    if (await db.parentLink.findFirst({ where: { parentId, childId }, select: { id: true } })) {
      failFields(ZLinkParentInput, [{ path: "parentId", message: adminMessage("alreadyLinked") }]);
    }
    const link = await db.$transaction(async (tx) => {
      const row = await tx.parentLink.create({ data: { schoolId, parentId, childId, relation }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "parentLink.create",
        entityType: "ParentLink",
        entityId: row.id,
        studentId: childId,
        after: { parentId },
      });
      return row;
    });
    revalidatePeople();
    return { linkId: link.id };
  });

export const unlinkParentAction = schoolAdminClient
  .metadata({ name: "roster.unlinkParent" })
  .inputSchema(ZUnlinkParentInput)
  .action(async ({ parsedInput: { linkId }, ctx: { user, schoolId } }) => {
    const link = await db.parentLink.findFirst({ where: { id: linkId, schoolId }, select: { id: true, parentId: true, childId: true } });
    if (!link) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.parentLink.delete({ where: { id: linkId, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "parentLink.delete",
        entityType: "ParentLink",
        entityId: linkId,
        studentId: link.childId,
        before: link,
      });
    });
    revalidatePeople();
    return { linkId };
  });
