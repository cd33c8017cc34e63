"use server";
// The journal's writes at keyboard speed. Saving a cell returns what the cell now holds and does
// not revalidate the journal page: the grid holds the state, and re-rendering thirty pupils ×
// forty lessons on every keystroke would make typing wait for the server.
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ActionError, type TServerError } from "@/lib/errors";
import { surnameFirst } from "@/lib/school/names";
import { ClientKeyTakenError, newMarkClientKeys, type TSavedCell, writeCell } from "./cell-write";
import { assertCellWritable, assertLessonReadable, assertLessonWritable, loadLessonContext } from "./lesson-context";
import { type TSaveCellInput, ZCellRef, ZSaveCellInput, ZSaveCellsInput, ZSetTopicInput } from "./schemas";

/** Saves one cell: its lesson and stored marks looked up, the rules checked, the change with its audit rows written atomically. */
function saveCell(user: TCurrentUser, input: TSaveCellInput) {
  const save = async () => {
    const ctx = await loadLessonContext(input.lessonId, { studentId: input.studentId, clientKeys: newMarkClientKeys(input) });
    assertCellWritable(user, ctx, input.assignmentId);
    return writeCell(ctx, input, user.id);
  };
  // A retry that overtook its lost original finds the mark's key taken: the cell, read again, holds it.
  return save().catch((error: unknown) => (error instanceof ClientKeyTakenError ? save() : Promise.reject(error)));
}

export const saveCellAction = authActionClient
  .metadata({ name: "journal.saveCell" })
  .inputSchema(ZSaveCellInput)
  .action(async ({ parsedInput, ctx: { user } }) => saveCell(user, parsedInput));

/**
 * A burst: the cells typed within a short window, in one call (one request, one session check).
 * Each cell is saved as saveCellAction saves it (its own atomic write with its audit rows,
 * idempotent by its marks' client keys), so one refused cell (a locked term, a pupil who left)
 * does not undo the others: each gets its own result, as if it had been sent alone. A burst whose
 * every cell is refused for the same reason is refused with it.
 */
export const saveCellsAction = authActionClient
  .metadata({ name: "journal.saveCells" })
  .inputSchema(ZSaveCellsInput)
  .action(async ({ parsedInput: { cells }, ctx: { user } }) => {
    const results: ({ ok: true; cell: TSavedCell } | { ok: false; error: TServerError })[] = [];
    for (const cell of cells) {
      try {
        results.push({ ok: true, cell: await saveCell(user, cell) });
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        results.push({ ok: false, error: { code: error.code, params: error.params } });
      }
    }
    // A burst refused as a whole (another school's journal, a forged id) answers as one refused save does.
    const first = results[0];
    if (!first.ok && results.every((r) => !r.ok && r.error.code === first.error.code)) throw new ActionError(first.error.code, first.error.params);
    return { results };
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
    return { lessonId: String(lessonId), topic: next };
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
