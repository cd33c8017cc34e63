"use server";
// A parent gives the reason for absences already in the journal (one lesson's, or every unexcused
// absence of that day), with an optional photo of a note; the homeroom teacher of the pupil's class
// (or the school's administrator) accepts it, which sets the school's excused code on those
// lessons with an audit event per cell, or declines it. Lessons in a locked term are never touched.
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { checkFile, removeStored, storeFile, type TStoredFile } from "@/lib/homework/storage";
import { toIsoDate } from "@/lib/i18n/dates";
import { canDecideExplanation, excusedCodeOf, explainableAbsences, writableAbsences } from "./absence-explanations";
import { ZDecideExplanationInput, ZExplainAbsenceInput } from "./schemas";

export const explainAbsenceAction = authActionClient
  .metadata({ name: "absenceExplanation.create" })
  .inputSchema(ZExplainAbsenceInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    // Only a parent of this very pupil; anyone else learns nothing, as for no such pupil.
    const link = await db.parentLink.findFirst({ where: { parentId: user.id, childId: input.studentId }, select: { schoolId: true } });
    if (!link || !can(user.roles, "absence:report", { schoolId: link.schoolId })) throw new ActionError("not_found");
    const { schoolId } = link;
    const lesson = await db.lesson.findFirst({ where: { id: input.lessonId, schoolId }, select: { id: true, date: true } });
    if (!lesson) throw new ActionError("not_found");
    const lessonIds = await explainableAbsences(schoolId, input.studentId, lesson.date, input.wholeDay ? null : lesson.id);
    if (lessonIds.length === 0) throw new ActionError("not_found");

    // The photo is checked by name and content before anything is written, like homework files.
    const file = input.files[0];
    const checked = file ? await checkFile(file) : null;
    if (file && !checked) returnValidationErrors(ZExplainAbsenceInput, { files: { _errors: ["diary:explain.fileKind"] } });
    const stored: TStoredFile | null = checked ? await storeFile(checked) : null;
    try {
      const id = await db.$transaction(async (tx) => {
        const row = await tx.absenceExplanation.create({
          data: { schoolId, studentId: input.studentId, parentId: user.id, date: lesson.date, lessonIds, reason: input.reason, ...stored },
          select: { id: true },
        });
        await recordAudit(tx, {
          schoolId,
          actorId: user.id,
          action: "absenceExplanation.create",
          entityType: "AbsenceExplanation",
          entityId: row.id,
          studentId: input.studentId,
          after: { date: toIsoDate(lesson.date), lessonIds: lessonIds.map(String), file: stored?.fileName ?? null },
        });
        return row.id;
      });
      revalidatePath("/diary", "layout");
      revalidatePath("/journal", "layout");
      return { id, lessons: lessonIds.length };
    } catch (error) {
      if (stored) await removeStored([stored.storageKey]);
      throw error;
    }
  });

export const decideAbsenceExplanationAction = authActionClient
  .metadata({ name: "absenceExplanation.decide" })
  .inputSchema(ZDecideExplanationInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const explanation = await db.absenceExplanation.findUnique({
      where: { id: input.explanationId },
      select: { id: true, schoolId: true, studentId: true, date: true, lessonIds: true, status: true },
    });
    if (!explanation || !(await canDecideExplanation(user, explanation))) throw new ActionError("not_found");
    if (explanation.status !== "PENDING") throw new ActionError("conflict");
    const { schoolId, studentId } = explanation;
    const code = input.decision === "accept" ? await excusedCodeOf(schoolId) : null;
    if (input.decision === "accept" && !code) throw new ActionError("not_found");
    const now = new Date();
    const changed = await db.$transaction(async (tx) => {
      // Decided once: a second decision, or a race with another one, finds nothing pending.
      const { count } = await tx.absenceExplanation.updateMany({
        where: { id: explanation.id, schoolId, status: "PENDING" },
        data: { status: code ? "ACCEPTED" : "DECLINED", decidedAt: now, decidedById: user.id, absenceCodeId: code?.id ?? null },
      });
      if (count === 0) throw new ActionError("conflict");
      const cells = code ? await writableAbsences(tx, schoolId, studentId, explanation.lessonIds) : [];
      for (const cell of cells) {
        if (cell.absenceCodeId === code?.id) continue;
        await tx.attendance.update({
          where: { id: cell.id, schoolId },
          data: { absenceCodeId: code?.id, authorId: user.id },
          select: { id: true },
        });
        await recordAudit(tx, {
          schoolId,
          actorId: user.id,
          action: "attendance.update",
          entityType: "Attendance",
          entityId: cell.id,
          studentId,
          lessonId: cell.lessonId,
          before: { absenceCodeId: cell.absenceCodeId },
          after: { absenceCodeId: code?.id ?? null, explanationId: explanation.id },
        });
      }
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: code ? "absenceExplanation.accept" : "absenceExplanation.decline",
        entityType: "AbsenceExplanation",
        entityId: explanation.id,
        studentId,
        after: { date: toIsoDate(explanation.date), absenceCodeId: code?.id ?? null, lessons: cells.map((c) => String(c.lessonId)) },
      });
      return cells.length;
    });
    revalidatePath("/journal", "layout");
    revalidatePath("/diary", "layout");
    return { status: code ? ("ACCEPTED" as const) : ("DECLINED" as const), lessons: changed };
  });
