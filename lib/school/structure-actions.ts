"use server";
// Classes and subjects of a school. Classes belong to the current year; a class or subject is
// never deleted here (journals and marks point at them): a subject is made inactive instead.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { findCurrentYear, findMember } from "./lookups";
import { ZSaveClassInput, ZSaveSubjectInput } from "./structure-schemas";

export const saveClassAction = schoolAdminClient
  .metadata({ name: "school.saveClass" })
  .inputSchema(ZSaveClassInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const existing = input.classId
      ? await db.schoolClass.findFirst({
          where: { id: input.classId, schoolId },
          select: { id: true, yearId: true, grade: true, letter: true, homeroomTeacherId: true },
        })
      : null;
    if (input.classId && !existing) throw new ActionError("not_found");
    const yearId = existing?.yearId ?? (await findCurrentYear(schoolId))?.id;
    if (!yearId) failFields(ZSaveClassInput, [{ path: "", message: adminMessage("noCurrentYear") }]);
    if (input.homeroomTeacherId && !(await findMember(schoolId, input.homeroomTeacherId, "TEACHER"))) {
      failFields(ZSaveClassInput, [{ path: "homeroomTeacherId", message: adminMessage("notATeacher") }]);
    }
    const twin = await db.schoolClass.findFirst({
      where: { schoolId, yearId, grade: input.grade, letter: input.letter, id: { not: existing?.id ?? 0 } },
      select: { id: true },
    });
    if (twin) failFields(ZSaveClassInput, [{ path: "letter", message: adminMessage("classExists") }]);
    const data = { grade: input.grade, letter: input.letter, homeroomTeacherId: input.homeroomTeacherId };
    const saved = await db.$transaction(async (tx) => {
      const row = existing
        ? await tx.schoolClass.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
        : await tx.schoolClass.create({ data: { ...data, schoolId, yearId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: existing ? "class.update" : "class.create",
        entityType: "SchoolClass",
        entityId: row.id,
        before: existing ? { grade: existing.grade, letter: existing.letter, homeroomTeacherId: existing.homeroomTeacherId } : null,
        after: data,
      });
      return row;
    });
    revalidatePath("/school", "layout");
    return { classId: saved.id };
  });

export const saveSubjectAction = schoolAdminClient
  .metadata({ name: "school.saveSubject" })
  .inputSchema(ZSaveSubjectInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const { subjectId, ...data } = input;
    const existing = subjectId
      ? await db.subject.findFirst({
          where: { id: subjectId, schoolId },
          select: { id: true, code: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true, sortOrder: true, isActive: true },
        })
      : null;
    if (subjectId && !existing) throw new ActionError("not_found");
    const twin = await db.subject.findFirst({ where: { schoolId, code: data.code, id: { not: existing?.id ?? 0 } }, select: { id: true } });
    if (twin) failFields(ZSaveSubjectInput, [{ path: "code", message: adminMessage("subjectCodeExists") }]);
    const saved = await db.$transaction(async (tx) => {
      const row = existing
        ? await tx.subject.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
        : await tx.subject.create({ data: { ...data, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: existing ? "subject.update" : "subject.create",
        entityType: "Subject",
        entityId: row.id,
        before: existing,
        after: data,
      });
      return row;
    });
    revalidatePath("/school", "layout");
    return { subjectId: saved.id };
  });
