"use server";
// Term and year marks. The server works out the average and the suggestion itself from the marks
// it holds (the client's figures are only for display) and records whether the teacher's mark
// overrides the suggestion.
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { journalRights } from "./access-rules";
import { finalMarkFigures, type TFinalRow } from "./final-mark-figures";
import { loadFinalContext } from "./lesson-context";
import { ZSetFinalMarkInput } from "./schemas";
import type { TJournalFinalMark } from "./types";

const rowJson = (r: Omit<TFinalRow, "id" | "period">) => ({
  status: r.status,
  value: r.value,
  average: r.average,
  suggested: r.suggested,
  isOverride: r.isOverride,
});

export const setFinalMarkAction = authActionClient
  .metadata({ name: "journal.setFinalMark" })
  .inputSchema(ZSetFinalMarkInput)
  .action(
    async ({
      parsedInput: { assignmentId, studentId, period, mark },
      ctx: { user },
    }): Promise<TJournalFinalMark | { studentId: number; period: number; removed: true }> => {
      const ctx = await loadFinalContext(assignmentId, studentId);
      if (!ctx) throw new ActionError("not_found");
      if (!journalRights(user, ctx).canWriteFinalMarks) throw new ActionError("forbidden");
      const figures = finalMarkFigures(ctx, period, mark);
      const { schoolId, yearId, subjectId } = ctx;
      const existing = ctx.finals.find((f) => f.period === period) ?? null;
      const kind = period === 0 ? "YEAR" : "TERM";
      const audit = { schoolId, actorId: user.id, entityType: "FinalMark", studentId } as const;

      if (figures === null) {
        if (existing) {
          await db.$transaction(async (tx) => {
            await tx.finalMark.deleteMany({ where: { id: BigInt(existing.id), schoolId } });
            await recordAudit(tx, { ...audit, action: "finalMark.delete", entityId: existing.id, before: { kind, period, ...rowJson(existing) } });
          });
        }
        return { studentId, period, removed: true };
      }
      const next = { status: figures.status, value: figures.value, average: figures.average, suggested: figures.suggested, isOverride: figures.isOverride };
      const isSame = existing !== null && JSON.stringify(rowJson(existing)) === JSON.stringify(rowJson(next));
      if (!isSame) {
        await db.$transaction(async (tx) => {
          const row = await tx.finalMark.upsert({
            where: { yearId_period_studentId_subjectId: { yearId, period, studentId, subjectId } },
            create: { schoolId, yearId, termId: figures.termId, kind, period, studentId, subjectId, authorId: user.id, ...next },
            update: { ...next, termId: figures.termId, authorId: user.id },
            select: { id: true },
          });
          await recordAudit(tx, {
            ...audit,
            action: existing ? "finalMark.update" : "finalMark.create",
            entityId: row.id,
            before: existing ? { kind, period, ...rowJson(existing) } : null,
            after: { kind, period, ...rowJson(next) },
          });
          // Families hear of a term or year mark: queued with it, sent by the notification worker.
          if (next.value !== null) {
            await tx.outboxEvent.create({
              data: { schoolId, kind: "finalMark", key: `finalMark:${subjectId}:${period}:${studentId}`, studentId, payload: { entityId: String(row.id) } },
            });
          }
        });
      }
      return { studentId, period, ...next };
    },
  );
