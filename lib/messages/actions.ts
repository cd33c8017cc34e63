"use server";
// Messages between a school's people (who may write to whom: ./contacts.ts), a teacher's message
// to all parents of a class, read receipts and reports of abusive messages.
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { checkFile, removeStored, storeFile, type TCheckedFile, type TStoredFile } from "@/lib/homework/storage";
import { loadMembership } from "./access";
import { contactsOf } from "./contacts";
import { assertUnderRateLimit, pairThread, postMessage } from "./post";
import { ZClassParentsInput, ZReplyInput, ZReportMessageInput, ZSendMessageInput, ZThreadRef } from "./schemas";

async function withStoredFiles<T>(files: File[], write: (stored: TStoredFile[]) => Promise<T>): Promise<T> {
  // Only the kinds the homework store accepts, by name and content, before anything is written.
  const checked: TCheckedFile[] = [];
  for (const file of files) {
    const ok = await checkFile(file);
    if (!ok) throw new ActionError("validation");
    checked.push(ok);
  }
  const stored: TStoredFile[] = [];
  try {
    for (const file of checked) stored.push(await storeFile(file));
    return await write(stored);
  } catch (error) {
    await removeStored(stored.map((f) => f.storageKey));
    throw error;
  }
}

/** A new message to one person: into the thread the two already have, or a new one. */
export const sendMessageAction = authActionClient
  .metadata({ name: "messages.send" })
  .inputSchema(ZSendMessageInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const contacts = await contactsOf(user.id, { onlyId: input.recipientId });
    const contact = contacts[0];
    // Someone one may not write to is "not found", like someone who does not exist.
    if (!contact) throw new ActionError("not_found");
    await assertUnderRateLimit(user.id);
    const now = new Date();
    const result = await withStoredFiles(input.files, (files) =>
      db.$transaction(async (tx) => {
        const threadId = await pairThread(tx, contact.schoolId, user.id, contact.id, now);
        const messageId = await postMessage(tx, {
          schoolId: contact.schoolId,
          threadId,
          senderId: user.id,
          body: input.body,
          files,
          recipientIds: [contact.id],
          now,
        });
        return { threadId, messageId };
      }),
    );
    revalidatePath("/messages", "layout");
    return result;
  });

export const replyAction = authActionClient
  .metadata({ name: "messages.reply" })
  .inputSchema(ZReplyInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const member = await loadMembership(input.threadId, user.id);
    await assertUnderRateLimit(user.id);
    const now = new Date();
    const messageId = await withStoredFiles(input.files, (files) =>
      db.$transaction((tx) =>
        postMessage(tx, {
          schoolId: member.schoolId,
          threadId: member.threadId,
          senderId: user.id,
          body: input.body,
          files,
          recipientIds: member.otherIds,
          now,
        }),
      ),
    );
    revalidatePath("/messages", "layout");
    return { threadId: member.threadId, messageId };
  });

/**
 * A teacher of a class (or its homeroom teacher) writes to every parent of its pupils: one thread
 * per parent, so a parent's reply reaches the teacher alone and no parent sees another.
 */
export const messageClassParentsAction = authActionClient
  .metadata({ name: "messages.classParents" })
  .inputSchema(ZClassParentsInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const cls = await db.schoolClass.findFirst({
      where: {
        id: input.classId,
        year: { isCurrent: true },
        OR: [{ homeroomTeacherId: user.id }, { assignments: { some: { teacherId: user.id } } }],
      },
      select: { id: true, schoolId: true },
    });
    if (!cls) throw new ActionError("not_found");
    const parents = await db.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT pl."parentId" AS id FROM "Enrolment" e
        JOIN "ParentLink" pl ON pl."childId" = e."studentId" AND pl."schoolId" = e."schoolId"
        JOIN "User" u ON u.id = pl."parentId" AND u."isActive"
      WHERE e."schoolId" = ${cls.schoolId}::int AND e."classId" = ${cls.id}::int AND (e."endDate" IS NULL OR e."endDate" >= current_date)
        AND pl."parentId" <> ${user.id}::int
      ORDER BY 1`;
    await assertUnderRateLimit(user.id);
    // One timestamp for all of them: the rate limit counts a broadcast once.
    const now = new Date();
    const threadIds = await db.$transaction(
      async (tx) => {
        const ids: number[] = [];
        for (const p of parents) {
          const threadId = await pairThread(tx, cls.schoolId, user.id, p.id, now);
          await postMessage(tx, { schoolId: cls.schoolId, threadId, senderId: user.id, body: input.body, files: [], recipientIds: [p.id], now });
          ids.push(threadId);
        }
        return ids;
      },
      { timeout: 30_000 },
    );
    revalidatePath("/messages", "layout");
    return { sent: threadIds.length };
  });

/** The read receipt: everything in the thread up to now is read by the caller. */
export const markThreadReadAction = authActionClient
  .metadata({ name: "messages.markRead" })
  .inputSchema(ZThreadRef)
  .action(async ({ parsedInput: { threadId }, ctx: { user } }) => {
    const member = await loadMembership(threadId, user.id);
    const now = new Date();
    await db.threadMember.update({
      where: { threadId_userId: { threadId: member.threadId, userId: user.id } },
      data: { lastReadAt: now },
      select: { userId: true },
    });
    revalidatePath("/messages", "layout");
    return { threadId, readAt: now.toISOString() };
  });

/** A member reports a message of the other side; the school administrator sees it. */
export const reportMessageAction = authActionClient
  .metadata({ name: "messages.report" })
  .inputSchema(ZReportMessageInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const message = await db.message.findFirst({
      where: { id: input.messageId, senderId: { not: user.id }, thread: { members: { some: { userId: user.id } } } },
      select: { id: true, schoolId: true, threadId: true },
    });
    if (!message) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.message.update({
        where: { id: message.id, schoolId: message.schoolId },
        data: { reportedAt: new Date(), reportedById: user.id, reportReason: input.reason || null },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId: message.schoolId, actorId: user.id, action: "message.report", entityType: "Message", entityId: message.id });
    });
    revalidatePath("/messages", "layout");
    return { messageId: message.id };
  });
