// Applies one cell's change (marks created, changed, removed; the absence set or cleared) with an
// audit event for each real change, in one transaction. Nothing is written, and no audit event
// appears, for an entry that already holds what was sent.
import "server-only";
import { recordAudit, type TAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import type { TCellContext, TStoredMark } from "./cell-context";
import type { TSaveCellInput } from "./schemas";

export type TSavedCell = { lessonId: number; studentId: number; marks: TStoredMark[]; absenceCodeId: number | null; createdIds: Record<string, number> };

const markJson = (m: Omit<TStoredMark, "id">) => ({ value: m.value, isPending: m.isPending, workKindId: m.workKindId, comment: m.comment });
const sameMark = (a: Omit<TStoredMark, "id">, b: Omit<TStoredMark, "id">) =>
  a.value === b.value && a.isPending === b.isPending && a.workKindId === b.workKindId && a.comment === b.comment;

/** Checks each entry against the school's scale and kinds of work; throws the first problem. */
export function normalizeChange(ctx: TCellContext, input: TSaveCellInput) {
  const stored = new Map(ctx.marks.map((m) => [m.id, m]));
  const upsert = input.upsert.map((u) => ({ ...u, value: u.isPending ? null : u.value }));
  if (upsert.length > 0 && ctx.ungradedGrades.includes(ctx.grade)) throw new ActionError("grade_not_marked");
  for (const u of upsert) {
    if (!u.isPending && (u.value === null || !ctx.allowedValues.includes(u.value)))
      throw new ActionError("value_not_allowed", { value: String(u.value ?? "") });
    if (u.id !== undefined && !stored.has(u.id)) throw new ActionError("conflict");
    const keepsOldKind = u.id !== undefined && stored.get(u.id)?.workKindId === u.workKindId;
    if (!keepsOldKind && !ctx.workKindIds.includes(u.workKindId)) throw new ActionError("not_found");
  }
  const absence = input.absence;
  if (absence?.absenceCodeId != null && absence.absenceCodeId !== ctx.attendance?.absenceCodeId && !ctx.absenceCodeIds.includes(absence.absenceCodeId)) {
    throw new ActionError("not_found");
  }
  return { upsert, remove: input.remove.filter((id) => stored.has(id)), absence };
}

export async function writeCell(ctx: TCellContext, input: TSaveCellInput, actorId: number): Promise<TSavedCell> {
  const { upsert, remove, absence } = normalizeChange(ctx, input);
  const { lessonId, schoolId } = ctx;
  const studentId = input.studentId;
  const stored = new Map(ctx.marks.map((m) => [m.id, m]));
  const changed = upsert.filter((u) => u.id === undefined || !sameMark(stored.get(u.id) as TStoredMark, u));
  const absenceId = absence === undefined ? undefined : absence.absenceCodeId;
  const absenceChanges = absenceId !== undefined && absenceId !== (ctx.attendance?.absenceCodeId ?? null);
  const createdIds: Record<string, number> = {};
  const result = new Map(ctx.marks.map((m) => [m.id, m]));
  let absenceCodeId = ctx.attendance?.absenceCodeId ?? null;

  if (changed.length > 0 || remove.length > 0 || absenceChanges) {
    await db.$transaction(async (tx) => {
      const audit = (e: Omit<TAuditEvent, "schoolId" | "actorId" | "studentId" | "lessonId">) =>
        recordAudit(tx, { ...e, schoolId, actorId, studentId, lessonId });
      for (const id of remove) {
        const { count } = await tx.mark.deleteMany({ where: { id, schoolId, lessonId, studentId } });
        if (count > 0) await audit({ action: "mark.delete", entityType: "Mark", entityId: id, before: markJson(stored.get(id) as TStoredMark) });
        result.delete(id);
      }
      for (const u of changed) {
        const data = { value: u.value, isPending: u.isPending, workKindId: u.workKindId, comment: u.comment };
        if (u.id === undefined) {
          const created = await tx.mark.create({ data: { ...data, schoolId, lessonId, studentId, authorId: actorId }, select: { id: true } });
          await audit({ action: "mark.create", entityType: "Mark", entityId: created.id, after: markJson(data) });
          createdIds[u.key] = created.id;
          result.set(created.id, { id: created.id, ...data });
        } else {
          const { count } = await tx.mark.updateMany({ where: { id: u.id, schoolId, lessonId, studentId }, data: { ...data, authorId: actorId } });
          if (count === 0) throw new ActionError("conflict");
          await audit({ action: "mark.update", entityType: "Mark", entityId: u.id, before: markJson(stored.get(u.id) as TStoredMark), after: markJson(data) });
          result.set(u.id, { id: u.id, ...data });
        }
      }
      if (absenceChanges) {
        const before = ctx.attendance ? { absenceCodeId: ctx.attendance.absenceCodeId } : null;
        if (absenceId === null) {
          await tx.attendance.deleteMany({ where: { schoolId, lessonId, studentId } });
          await audit({ action: "attendance.delete", entityType: "Attendance", entityId: ctx.attendance?.id, before });
        } else {
          const row = await tx.attendance.upsert({
            where: { lessonId_studentId: { lessonId, studentId } },
            create: { schoolId, lessonId, studentId, absenceCodeId: absenceId as number, authorId: actorId },
            update: { absenceCodeId: absenceId as number, authorId: actorId },
            select: { id: true },
          });
          await audit({
            action: before ? "attendance.update" : "attendance.create",
            entityType: "Attendance",
            entityId: row.id,
            before,
            after: { absenceCodeId: absenceId as number },
          });
        }
        absenceCodeId = absenceId as number | null;
      }
    });
  }
  const order = new Map(ctx.marks.map((m, i) => [m.id, i]));
  const marks = [...result.values()].sort((a, b) => (order.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id) ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
  return { lessonId, studentId, marks, absenceCodeId, createdIds };
}
