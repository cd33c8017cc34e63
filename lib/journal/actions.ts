"use server";
// The journal's writes at keyboard speed. Saving a cell returns what the cell now holds and does
// not revalidate the journal page: the grid holds the state, and re-rendering thirty pupils ×
// forty lessons on every keystroke would make typing wait for the server.
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { surnameFirst } from "@/lib/school/names";
import { ClientKeyTakenError, newMarkClientKeys, writeCell } from "./cell-write";
import { assertCellWritable, assertLessonReadable, assertLessonWritable, loadLessonContext } from "./lesson-context";
import { ZCellRef, ZSaveCellInput, ZSetTopicInput } from "./schemas";

export const saveCellAction = authActionClient
  .metadata({ name: "journal.saveCell" })
  .inputSchema(ZSaveCellInput)
  .action(async ({ parsedInput, ctx: { user } }) => {
    const save = async () => {
      const ctx = await loadLessonContext(parsedInput.lessonId, { studentId: parsedInput.studentId, clientKeys: newMarkClientKeys(parsedInput) });
      assertCellWritable(user, ctx, parsedInput.assignmentId);
      return writeCell(ctx, parsedInput, user.id);
    };
    // A retry that overtook its lost original finds the mark's key taken: the cell, read again, holds it.
    return save().catch((error: unknown) => (error instanceof ClientKeyTakenError ? save() : Promise.reject(error)));
  });

export const setLessonTopicAction = authActionClient
  .metadata({ name: "journal.setTopic" })
  .inputSchema(ZSetTopicInput)
  .action(async ({ parsedInput: { lessonId, topic }, ctx: { user } }) => {
    const lesson = await loadLessonContext(lessonId);
    assertLessonWritable(user, lesson);
    const next = topic === "" ? null : topic;
    if (next !== lesson.topic) {
      await db.$transaction(async (tx) => {
        await tx.lesson.update({ where: { id: lessonId, schoolId: lesson.schoolId }, data: { topic: next }, select: { id: true } });
        await recordAudit(tx, {
          schoolId: lesson.schoolId,
          actorId: user.id,
          action: "lesson.topic",
          entityType: "Lesson",
          entityId: lessonId,
          lessonId,
          before: { topic: lesson.topic },
          after: { topic: next },
        });
      });
    }
    return { lessonId, topic: next };
  });

export type THistoryEntry = {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  before: unknown;
  after: unknown;
};

/** The audit trail of one cell, for those who may read the journal it belongs to. */
export const getCellHistoryAction = authActionClient
  .metadata({ name: "journal.cellHistory" })
  .inputSchema(ZCellRef)
  .action(async ({ parsedInput: { lessonId, studentId }, ctx: { user } }): Promise<THistoryEntry[]> => {
    const lesson = await assertLessonReadable(user, lessonId);
    const events = await db.auditEvent.findMany({
      where: { schoolId: lesson.schoolId, lessonId, studentId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, createdAt: true, action: true, before: true, after: true, actor: { select: { lastName: true, firstName: true } } },
    });
    return events.map((e) => ({
      id: String(e.id),
      at: e.createdAt.toISOString(),
      actorName: e.actor ? surnameFirst(e.actor) : null,
      action: e.action,
      before: e.before,
      after: e.after,
    }));
  });
