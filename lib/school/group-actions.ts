"use server";
// Subgroups of a class (two English groups) and teaching assignments (teacher × subject × class or
// subgroup), the unit each journal is kept in.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { enrolledOn, findMember } from "./lookups";
import { ZCreateAssignmentInput, ZDeleteAssignmentInput, ZDeleteSubgroupInput, ZSaveSubgroupInput, ZSetAssignmentTeacherInput } from "./structure-schemas";

function revalidateClass(classId: number) {
  revalidatePath(`/school/classes/${classId}`);
  revalidatePath("/school/timetable", "layout");
}

export const saveSubgroupAction = schoolAdminClient
  .metadata({ name: "school.saveSubgroup" })
  .inputSchema(ZSaveSubgroupInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const cls = await db.schoolClass.findFirst({ where: { id: input.classId, schoolId }, select: { id: true } });
    if (!cls) throw new ActionError("not_found");
    const existing = input.subgroupId
      ? await db.subgroup.findFirst({ where: { id: input.subgroupId, schoolId, classId: cls.id }, select: { id: true, name: true, subjectId: true } })
      : null;
    if (input.subgroupId && !existing) throw new ActionError("not_found");
    if (input.subjectId && !(await db.subject.findFirst({ where: { id: input.subjectId, schoolId }, select: { id: true } })))
      throw new ActionError("not_found");
    // Members are pupils of this class today; anyone else in the list is refused, not dropped.
    const pupils = await db.enrolment.findMany({ where: { schoolId, classId: cls.id, ...enrolledOn() }, select: { studentId: true } });
    const inClass = new Set(pupils.map((p) => p.studentId));
    const studentIds = [...new Set(input.studentIds)];
    if (studentIds.some((id) => !inClass.has(id))) failFields(ZSaveSubgroupInput, [{ path: "studentIds", message: adminMessage("notInClass") }]);
    const saved = await db.$transaction(async (tx) => {
      const data = { name: input.name, subjectId: input.subjectId };
      const row = existing
        ? await tx.subgroup.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
        : await tx.subgroup.create({ data: { ...data, schoolId, classId: cls.id }, select: { id: true } });
      await tx.subgroupMember.deleteMany({ where: { schoolId, subgroupId: row.id, studentId: { notIn: studentIds } } });
      await tx.subgroupMember.createMany({ data: studentIds.map((studentId) => ({ schoolId, subgroupId: row.id, studentId })), skipDuplicates: true });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: existing ? "subgroup.update" : "subgroup.create",
        entityType: "Subgroup",
        entityId: row.id,
        before: existing,
        after: { ...data, studentIds },
      });
      return row;
    });
    revalidateClass(cls.id);
    return { subgroupId: saved.id };
  });

export const deleteSubgroupAction = schoolAdminClient
  .metadata({ name: "school.deleteSubgroup" })
  .inputSchema(ZDeleteSubgroupInput)
  .action(async ({ parsedInput: { subgroupId }, ctx: { user, schoolId } }) => {
    const subgroup = await db.subgroup.findFirst({
      where: { id: subgroupId, schoolId },
      select: { id: true, classId: true, name: true, _count: { select: { assignments: true } } },
    });
    if (!subgroup) throw new ActionError("not_found");
    if (subgroup._count.assignments > 0) failFields(ZDeleteSubgroupInput, [{ path: "", message: adminMessage("subgroupInUse") }]);
    await db.$transaction(async (tx) => {
      await tx.subgroup.delete({ where: { id: subgroupId, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "subgroup.delete",
        entityType: "Subgroup",
        entityId: subgroupId,
        before: { name: subgroup.name },
      });
    });
    revalidateClass(subgroup.classId);
    return { subgroupId };
  });

export const createAssignmentAction = schoolAdminClient
  .metadata({ name: "school.createAssignment" })
  .inputSchema(ZCreateAssignmentInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const cls = await db.schoolClass.findFirst({ where: { id: input.classId, schoolId }, select: { id: true, yearId: true } });
    if (!cls) throw new ActionError("not_found");
    const [subject, teacher, subgroup] = await Promise.all([
      db.subject.findFirst({ where: { id: input.subjectId, schoolId, isActive: true }, select: { id: true } }),
      findMember(schoolId, input.teacherId, "TEACHER"),
      input.subgroupId ? db.subgroup.findFirst({ where: { id: input.subgroupId, schoolId, classId: cls.id }, select: { id: true } }) : null,
    ]);
    if (!subject) failFields(ZCreateAssignmentInput, [{ path: "subjectId", message: "field.invalid_value" }]);
    if (!teacher) failFields(ZCreateAssignmentInput, [{ path: "teacherId", message: adminMessage("notATeacher") }]);
    if (input.subgroupId && !subgroup) failFields(ZCreateAssignmentInput, [{ path: "subgroupId", message: "field.invalid_value" }]);
    const twin = await db.teachingAssignment.findFirst({
      where: { schoolId, yearId: cls.yearId, classId: cls.id, subjectId: subject.id, subgroupId: input.subgroupId, teacherId: teacher.id },
      select: { id: true },
    });
    if (twin) failFields(ZCreateAssignmentInput, [{ path: "", message: adminMessage("assignmentExists") }]);
    const created = await db.$transaction(async (tx) => {
      const row = await tx.teachingAssignment.create({
        data: { schoolId, yearId: cls.yearId, classId: cls.id, subjectId: subject.id, teacherId: teacher.id, subgroupId: input.subgroupId },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "assignment.create", entityType: "TeachingAssignment", entityId: row.id, after: input });
      return row;
    });
    revalidateClass(cls.id);
    return { assignmentId: created.id };
  });

/** A teacher who leaves mid-year hands the journal over: lessons and marks stay with it. */
export const setAssignmentTeacherAction = schoolAdminClient
  .metadata({ name: "school.setAssignmentTeacher" })
  .inputSchema(ZSetAssignmentTeacherInput)
  .action(async ({ parsedInput: { assignmentId, teacherId }, ctx: { user, schoolId } }) => {
    const assignment = await db.teachingAssignment.findFirst({ where: { id: assignmentId, schoolId }, select: { id: true, classId: true, teacherId: true } });
    if (!assignment) throw new ActionError("not_found");
    if (!(await findMember(schoolId, teacherId, "TEACHER")))
      failFields(ZSetAssignmentTeacherInput, [{ path: "teacherId", message: adminMessage("notATeacher") }]);
    await db.$transaction(async (tx) => {
      await tx.teachingAssignment.update({ where: { id: assignmentId, schoolId }, data: { teacherId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "assignment.setTeacher",
        entityType: "TeachingAssignment",
        entityId: assignmentId,
        before: { teacherId: assignment.teacherId },
        after: { teacherId },
      });
    });
    revalidateClass(assignment.classId);
    return { assignmentId };
  });

/** Only an assignment with no lessons yet can go; its timetable slots go with it. */
export const deleteAssignmentAction = schoolAdminClient
  .metadata({ name: "school.deleteAssignment" })
  .inputSchema(ZDeleteAssignmentInput)
  .action(async ({ parsedInput: { assignmentId }, ctx: { user, schoolId } }) => {
    const assignment = await db.teachingAssignment.findFirst({
      where: { id: assignmentId, schoolId },
      select: { id: true, classId: true, subjectId: true, teacherId: true, subgroupId: true, _count: { select: { lessons: true } } },
    });
    if (!assignment) throw new ActionError("not_found");
    if (assignment._count.lessons > 0)
      failFields(ZDeleteAssignmentInput, [{ path: "", message: adminMessage("assignmentHasLessons", assignment._count.lessons) }]);
    await db.$transaction(async (tx) => {
      await tx.timetableSlot.deleteMany({ where: { schoolId, assignmentId } });
      await tx.teachingAssignment.delete({ where: { id: assignmentId, schoolId }, select: { id: true } });
      const { _count, ...before } = assignment;
      await recordAudit(tx, { schoolId, actorId: user.id, action: "assignment.delete", entityType: "TeachingAssignment", entityId: assignmentId, before });
    });
    revalidateClass(assignment.classId);
    return { assignmentId };
  });
