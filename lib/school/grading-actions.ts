"use server";
// A school's grading settings: the term-mark thresholds (a preset or the school's own) and the scale, kinds of work with
// their weights (one is the default for a new mark), absence codes with letters and names in both
// languages. Nothing here is deleted: marks point at kinds and codes, which are made inactive.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { ZAbsenceCodeInput, ZGradingSettingsInput, ZWorkKindInput } from "./grading-schemas";

function revalidateGrading() {
  revalidatePath("/school/grading");
  revalidatePath("/journal", "layout");
  revalidatePath("/diary", "layout");
  revalidatePath("/reports", "layout");
}

export const saveGradingSettingsAction = schoolAdminClient
  .metadata({ name: "school.saveGradingSettings" })
  .inputSchema(ZGradingSettingsInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const before = await db.gradingSettings.findUnique({
      where: { schoolId },
      select: { thresholdPreset: true, customThree: true, customFour: true, customFive: true, usesWeekParity: true, allowedValues: true, ungradedGrades: true },
    });
    await db.$transaction(async (tx) => {
      await tx.gradingSettings.upsert({ where: { schoolId }, create: { schoolId, ...input }, update: input, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "grading.settings",
        entityType: "GradingSettings",
        entityId: schoolId,
        before,
        after: input,
      });
    });
    revalidateGrading();
    return input;
  });

export const saveWorkKindAction = schoolAdminClient
  .metadata({ name: "school.saveWorkKind" })
  .inputSchema(ZWorkKindInput)
  .action(async ({ parsedInput: { workKindId, ...data }, ctx: { user, schoolId } }) => {
    const existing = workKindId
      ? await db.workKind.findFirst({
          where: { id: workKindId, schoolId },
          select: { id: true, code: true, nameRu: true, nameTt: true, weight: true, isDefault: true, isActive: true, sortOrder: true },
        })
      : null;
    if (workKindId && !existing) throw new ActionError("not_found");
    if (await db.workKind.findFirst({ where: { schoolId, code: data.code, id: { not: existing?.id ?? 0 } }, select: { id: true } })) {
      failFields(ZWorkKindInput, [{ path: "code", message: adminMessage("codeExists") }]);
    }
    // A new mark takes the default kind: there is always exactly one, and it is active.
    if (data.isDefault && !data.isActive) failFields(ZWorkKindInput, [{ path: "isActive", message: adminMessage("defaultInactive") }]);
    if (existing?.isDefault && !data.isDefault) failFields(ZWorkKindInput, [{ path: "isDefault", message: adminMessage("needsDefault") }]);
    const hasDefault = await db.workKind.count({ where: { schoolId, isDefault: true } });
    const isDefault = data.isDefault || (!hasDefault && data.isActive);
    const saved = await db.$transaction(async (tx) => {
      if (isDefault) await tx.workKind.updateMany({ where: { schoolId, isDefault: true, id: { not: existing?.id ?? 0 } }, data: { isDefault: false } });
      const row = existing
        ? await tx.workKind.update({ where: { id: existing.id, schoolId }, data: { ...data, isDefault }, select: { id: true } })
        : await tx.workKind.create({ data: { ...data, isDefault, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: existing ? "workKind.update" : "workKind.create",
        entityType: "WorkKind",
        entityId: row.id,
        before: existing,
        after: data,
      });
      return row;
    });
    revalidateGrading();
    return { workKindId: saved.id };
  });

export const saveAbsenceCodeAction = schoolAdminClient
  .metadata({ name: "school.saveAbsenceCode" })
  .inputSchema(ZAbsenceCodeInput)
  .action(async ({ parsedInput: { absenceCodeId, ...data }, ctx: { user, schoolId } }) => {
    const existing = absenceCodeId
      ? await db.absenceCode.findFirst({
          where: { id: absenceCodeId, schoolId },
          select: { id: true, letterRu: true, letterTt: true, nameRu: true, nameTt: true, kind: true, isActive: true, sortOrder: true },
        })
      : null;
    if (absenceCodeId && !existing) throw new ActionError("not_found");
    const twins = await db.absenceCode.findMany({
      where: { schoolId, id: { not: existing?.id ?? 0 }, OR: [{ letterRu: data.letterRu }, { letterTt: data.letterTt }] },
      select: { letterRu: true, letterTt: true },
    });
    const issues = [
      ...(twins.some((x) => x.letterRu === data.letterRu) ? [{ path: "letterRu", message: adminMessage("letterExists") }] : []),
      ...(twins.some((x) => x.letterTt === data.letterTt) ? [{ path: "letterTt", message: adminMessage("letterExists") }] : []),
    ];
    if (issues.length) failFields(ZAbsenceCodeInput, issues);
    const saved = await db.$transaction(async (tx) => {
      const row = existing
        ? await tx.absenceCode.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
        : await tx.absenceCode.create({ data: { ...data, schoolId }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: existing ? "absenceCode.update" : "absenceCode.create",
        entityType: "AbsenceCode",
        entityId: row.id,
        before: existing,
        after: data,
      });
      return row;
    });
    revalidateGrading();
    return { absenceCodeId: saved.id };
  });
