"use server";
// Homework set on a lesson: text, when it is due (it then shows in the pupils' diaries on that
// day), and files kept on the school's disk. Only those who may write the lesson set it.
import { returnValidationErrors } from "next-safe-action";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { assertLessonReadable, assertLessonWritable, loadLessonContext } from "@/lib/journal/lesson-context";
import { type THomeworkView, ZLessonRef, ZSaveHomeworkInput } from "./schemas";
import { checkFile, removeStored, storeFile, type TCheckedFile, type TStoredFile } from "./storage";

const HOMEWORK_SELECT = {
  id: true,
  text: true,
  dueLessonId: true,
  dueDate: true,
  attachments: { select: { id: true, fileName: true, size: true, storageKey: true }, orderBy: { id: "asc" } },
} as const;

type THomeworkRow = {
  id: bigint;
  text: string;
  dueLessonId: bigint | null;
  dueDate: Date;
  attachments: { id: number; fileName: string; size: number; storageKey: string }[];
};

const toView = (h: THomeworkRow): THomeworkView => ({
  id: String(h.id),
  text: h.text,
  dueLessonId: h.dueLessonId === null ? null : String(h.dueLessonId),
  dueDate: toIsoDate(h.dueDate),
  attachments: h.attachments.map(({ id, fileName, size }) => ({ id, fileName, size })),
});
const auditJson = (h: { text: string; dueLessonId: string | null; dueDate: string; files: string[] }) => h;

export const saveHomeworkAction = authActionClient
  .metadata({ name: "homework.save" })
  .inputSchema(ZSaveHomeworkInput)
  .action(async ({ parsedInput: input, ctx: { user } }): Promise<{ lessonId: string; homework: THomeworkView | null }> => {
    const lesson = await loadLessonContext(input.lessonId);
    assertLessonWritable(user, lesson);
    const { schoolId } = lesson;
    const existing = input.homeworkId
      ? await db.homework.findFirst({ where: { id: input.homeworkId, lessonId: lesson.id, schoolId }, select: HOMEWORK_SELECT })
      : null;
    if (input.homeworkId && !existing) throw new ActionError("not_found");

    let dueDate = input.dueDate;
    if (input.dueLessonId !== null) {
      const due = await db.lesson.findFirst({ where: { id: input.dueLessonId, schoolId, assignmentId: lesson.assignmentId }, select: { date: true } });
      if (!due) throw new ActionError("lesson_mismatch");
      dueDate = toIsoDate(due.date);
    }
    const removed = existing?.attachments.filter((a) => input.removeAttachmentIds.includes(a.id)) ?? [];
    const keptCount = (existing?.attachments.length ?? 0) - removed.length;
    const isEmpty = input.text === "" && keptCount === 0 && input.files.length === 0;
    if (!isEmpty && input.text === "") returnValidationErrors(ZSaveHomeworkInput, { text: { _errors: ["field.required"] } });
    if (isEmpty && !existing) returnValidationErrors(ZSaveHomeworkInput, { text: { _errors: ["field.required"] } });
    if (!isEmpty && (dueDate === null || dueDate < lesson.date)) {
      returnValidationErrors(ZSaveHomeworkInput, { dueDate: { _errors: ["journal:homework.dueBeforeLesson"] } });
    }

    // Only the kinds the docs promise, by name and content (./file-kinds.ts), before anything is written.
    const checked: TCheckedFile[] = [];
    for (const file of input.files) {
      const ok = await checkFile(file);
      if (!ok) returnValidationErrors(ZSaveHomeworkInput, { files: { _errors: ["journal:homework.fileKind"] } });
      checked.push(ok);
    }

    const before = existing ? auditJson({ ...toView(existing), files: existing.attachments.map((a) => a.fileName) }) : null;
    if (isEmpty && existing) {
      await db.$transaction(async (tx) => {
        await tx.homework.delete({ where: { id: existing.id, schoolId }, select: { id: true } });
        await recordAudit(tx, {
          schoolId,
          actorId: user.id,
          action: "homework.delete",
          entityType: "Homework",
          entityId: existing.id,
          lessonId: lesson.id,
          before,
        });
      });
      await removeStored(existing.attachments.map((a) => a.storageKey));
      return { lessonId: String(lesson.id), homework: null };
    }

    const stored: TStoredFile[] = [];
    try {
      for (const file of checked) stored.push(await storeFile(file));
      const saved = await db.$transaction(async (tx) => {
        const data = { text: input.text, dueLessonId: input.dueLessonId, dueDate: fromIsoDate(dueDate as string) };
        const row = existing
          ? await tx.homework.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
          : await tx.homework.create({ data: { ...data, schoolId, lessonId: lesson.id, createdById: user.id }, select: { id: true } });
        if (removed.length) await tx.homeworkAttachment.deleteMany({ where: { schoolId, homeworkId: row.id, id: { in: removed.map((a) => a.id) } } });
        if (stored.length) await tx.homeworkAttachment.createMany({ data: stored.map((f) => ({ ...f, schoolId, homeworkId: row.id })) });
        const after = await tx.homework.findUniqueOrThrow({ where: { id: row.id }, select: HOMEWORK_SELECT });
        const afterJson = auditJson({ ...toView(after), files: after.attachments.map((a) => a.fileName) });
        if (JSON.stringify(afterJson) !== JSON.stringify(before)) {
          await recordAudit(tx, {
            schoolId,
            actorId: user.id,
            action: existing ? "homework.update" : "homework.create",
            entityType: "Homework",
            entityId: row.id,
            lessonId: lesson.id,
            before,
            after: afterJson,
          });
        }
        return after;
      });
      await removeStored(removed.map((a) => a.storageKey));
      return { lessonId: String(lesson.id), homework: toView(saved) };
    } catch (error) {
      await removeStored(stored.map((f) => f.storageKey));
      throw error;
    }
  });

/** The homework set on a lesson, for those who may read its journal. */
export const getLessonHomeworkAction = authActionClient
  .metadata({ name: "homework.ofLesson" })
  .inputSchema(ZLessonRef)
  .action(async ({ parsedInput: { lessonId }, ctx: { user } }): Promise<THomeworkView[]> => {
    const lesson = await assertLessonReadable(user, lessonId);
    const rows = await db.homework.findMany({ where: { schoolId: lesson.schoolId, lessonId: lesson.id }, orderBy: { id: "asc" }, select: HOMEWORK_SELECT });
    return rows.map(toView);
  });
