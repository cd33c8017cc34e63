"use server";
// Lesson plans (КТП): preview a plan file against the journal's lessons (nothing written), apply
// it (every topic, and the plan's homework on lessons that have none, in one transaction, one
// audit event holding the topics before and after and the homework set), undo the last
// application, copy the topics of a parallel class's journal, and move topics one lesson on after
// a cancelled or moved lesson. Only those who may write the journal.
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { fromIsoDate } from "@/lib/i18n/dates";
import { type TBigId, z, zBigId, zId } from "@/lib/validation";
import { assignTopics, shiftTopics } from "./assign";
import { planFor, planLessons, type TPlanHomework, writableJournal } from "./context";

const MAX_FILE_BYTES = 2_000_000;

const ZPlanFile = z.object({
  assignmentId: zId,
  fileName: z.string().trim().max(200).default(""),
  fileBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, "admin:validation.fileTooBig"),
  keepExisting: z.boolean().default(true),
});

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

type TTopicChange = { lessonId: TBigId; before: string | null; after: string | null };
/** Homework a plan sets (`create`) or an undo takes back (`remove`, only while its text is as the plan set it). */
type THomeworkWrites = { create?: readonly TPlanHomework[]; remove?: readonly { id: TBigId; text: string }[] };
/** Kept in the audit event, ids as decimal strings (numbers in events written before ids were 64-bit). */
type TPlanHomeworkRecord = { id: TBigId; lessonId: TBigId; text: string };

/** Writes topic (and homework) changes of one journal and their one audit event, in one transaction. */
async function writeTopics(
  h: { schoolId: number; assignmentId: number },
  actorId: number,
  action: string,
  changes: readonly TTopicChange[],
  extra: Record<string, string | number | null> = {},
  homework: THomeworkWrites = {},
) {
  await db.$transaction(async (tx) => {
    const created: TPlanHomeworkRecord[] = [];
    for (const hw of homework.create ?? []) {
      const row = await tx.homework.create({
        data: {
          schoolId: h.schoolId,
          lessonId: BigInt(hw.lessonId),
          dueLessonId: hw.dueLessonId === null ? null : BigInt(hw.dueLessonId),
          dueDate: fromIsoDate(hw.dueDate),
          text: hw.text,
          createdById: actorId,
        },
        select: { id: true },
      });
      created.push({ id: String(row.id), lessonId: hw.lessonId, text: hw.text });
    }
    const removed: { id: TBigId; text: string }[] = [];
    for (const hw of homework.remove ?? []) {
      const { count } = await tx.homework.deleteMany({ where: { id: BigInt(hw.id), schoolId: h.schoolId, text: hw.text, attachments: { none: {} } } });
      if (count === 1) removed.push(hw);
    }
    for (const c of changes) {
      const updated = await tx.lesson.updateMany({
        where: { id: BigInt(c.lessonId), schoolId: h.schoolId, assignmentId: h.assignmentId, topic: c.before },
        data: { topic: c.after },
      });
      // Someone wrote the topic between the preview and now.
      if (updated.count !== 1) throw new ActionError("conflict");
    }
    await recordAudit(tx, {
      schoolId: h.schoolId,
      actorId,
      action,
      entityType: "TeachingAssignment",
      entityId: h.assignmentId,
      before: { ...extra, lessons: changes.map((c) => ({ id: c.lessonId, topic: c.before })), ...(removed.length ? { homework: removed } : {}) },
      after: { ...extra, lessons: changes.map((c) => ({ id: c.lessonId, topic: c.after })), ...(created.length ? { homework: created } : {}) },
    });
  });
  revalidatePath(`/journal/${h.assignmentId}`);
  revalidatePath("/diary", "layout");
}

export const previewLessonPlanAction = authActionClient
  .metadata({ name: "lessonPlan.preview" })
  .inputSchema(ZPlanFile)
  .action(async ({ parsedInput: { assignmentId, fileBase64, keepExisting }, ctx: { user } }) => {
    const h = await writableJournal(user, assignmentId);
    const { file, placed, homework, digest } = await planFor(h, bytesOf(fileBase64), keepExisting);
    return {
      issues: file.issues,
      homeworkCount: homework.length,
      topicCount: file.topics.length,
      lessonCount: file.lessonCount,
      placements: placed.placements,
      leftOver: placed.leftOver,
      changeCount: placed.changes.length,
      digest,
    };
  });

export const applyLessonPlanAction = authActionClient
  .metadata({ name: "lessonPlan.apply" })
  .inputSchema(ZPlanFile.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/) }))
  .action(async ({ parsedInput: { assignmentId, fileBase64, fileName, keepExisting, digest }, ctx: { user } }) => {
    const h = await writableJournal(user, assignmentId);
    const { file, placed, homework, digest: now } = await planFor(h, bytesOf(fileBase64), keepExisting);
    if (file.topics.length === 0) throw new ActionError("validation");
    if (now !== digest) throw new ActionError("conflict");
    await writeTopics(h, user.id, "lessonPlan.apply", placed.changes, { fileName: fileName || null }, { create: homework });
    return { changed: placed.changes.length, homework: homework.length };
  });

/** The last application of a plan (or copy) to the journal that has not been undone yet. */
async function lastUndoable(schoolId: number, assignmentId: number) {
  const events = await db.auditEvent.findMany({
    where: {
      schoolId,
      entityType: "TeachingAssignment",
      entityId: String(assignmentId),
      action: { in: ["lessonPlan.apply", "lessonPlan.copy", "lessonPlan.undo"] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, action: true, before: true, after: true },
  });
  const undone = new Set(events.filter((e) => e.action === "lessonPlan.undo").map((e) => String((e.after as { undoes?: string } | null)?.undoes)));
  return events.find((e) => e.action !== "lessonPlan.undo" && !undone.has(String(e.id))) ?? null;
}

export const undoLessonPlanAction = authActionClient
  .metadata({ name: "lessonPlan.undo" })
  .inputSchema(z.object({ assignmentId: zId }))
  .action(async ({ parsedInput: { assignmentId }, ctx: { user } }) => {
    const h = await writableJournal(user, assignmentId);
    const event = await lastUndoable(h.schoolId, assignmentId);
    if (!event) throw new ActionError("not_found");
    // Lesson ids are strings in the audit events since ids became 64-bit, numbers in older ones.
    type TLogged = { lessons: { id: TBigId | number; topic: string | null }[] };
    const before = (event.before as TLogged).lessons.map((l) => ({ id: String(l.id), topic: l.topic }));
    const after = new Map((event.after as TLogged).lessons.map((l) => [String(l.id), l.topic]));
    const current = new Map((await planLessons(h)).map((l) => [l.id, l.topic]));
    // A topic changed by hand since the plan was applied stays as the teacher wrote it.
    const changes = before
      .filter((l) => current.has(l.id) && current.get(l.id) === after.get(l.id))
      .map((l) => ({ lessonId: l.id, before: current.get(l.id) ?? null, after: l.topic }));
    // The plan's homework goes too, unless the teacher has since changed it or added files.
    const planned = ((event.after as { homework?: TPlanHomeworkRecord[] }).homework ?? []).map((hw) => ({ id: String(hw.id), text: hw.text }));
    await writeTopics(h, user.id, "lessonPlan.undo", changes, { undoes: String(event.id) }, { remove: planned });
    return { restored: changes.length };
  });

export const copyLessonPlanAction = authActionClient
  .metadata({ name: "lessonPlan.copy" })
  .inputSchema(z.object({ assignmentId: zId, fromAssignmentId: zId, keepExisting: z.boolean().default(true) }))
  .action(async ({ parsedInput: { assignmentId, fromAssignmentId, keepExisting }, ctx: { user } }) => {
    const [h, source] = await Promise.all([writableJournal(user, assignmentId), writableJournal(user, fromAssignmentId)]);
    if (source.schoolId !== h.schoolId || source.subjectId !== h.subjectId || source.assignmentId === h.assignmentId) throw new ActionError("not_found");
    const [from, to] = await Promise.all([planLessons(source), planLessons(h)]);
    const entries = from.filter((l) => !l.isCancelled && l.topic).map((l) => ({ topic: l.topic as string }));
    const placed = assignTopics(to, entries, { keepExisting });
    await writeTopics(h, user.id, "lessonPlan.copy", placed.changes, { fromAssignmentId });
    return { changed: placed.changes.length, leftOver: placed.leftOver.length };
  });

export const shiftTopicsAction = authActionClient
  .metadata({ name: "lessonPlan.shift" })
  .inputSchema(z.object({ assignmentId: zId, lessonId: zBigId }))
  .action(async ({ parsedInput: { assignmentId, lessonId }, ctx: { user } }) => {
    const h = await writableJournal(user, assignmentId);
    const lessons = await planLessons(h);
    const fromLessonId = String(lessonId);
    if (!lessons.some((l) => l.id === fromLessonId)) throw new ActionError("not_found");
    const { changes, leftOver } = shiftTopics(lessons, fromLessonId);
    await writeTopics(h, user.id, "lessonPlan.shift", changes, { fromLessonId });
    return { changed: changes.length, leftOver };
  });
