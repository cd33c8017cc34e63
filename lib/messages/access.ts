// A thread is visible only to its members; a message only through its thread.
import "server-only";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";

export async function loadMembership(threadId: number, userId: number) {
  const row = await db.threadMember.findUnique({
    where: { threadId_userId: { threadId, userId } },
    select: { schoolId: true, threadId: true, thread: { select: { members: { select: { userId: true } } } } },
  });
  // Another person's thread is "not found", like one that does not exist.
  if (!row) throw new ActionError("not_found");
  return { schoolId: row.schoolId, threadId: row.threadId, otherIds: row.thread.members.map((m) => m.userId).filter((id) => id !== userId) };
}

/** A file of a message in one of the person's threads, or null. */
export async function getMessageAttachment(userId: number, id: number) {
  return db.messageAttachment.findFirst({
    where: { id, message: { thread: { members: { some: { userId } } } } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
}
