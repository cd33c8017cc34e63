// Writing a message: the message, its files, the thread's order, the sender's read mark and an
// outbox event for each recipient, in one transaction (a rollback sends nothing). The push names
// what the sender is to the recipient ("the class teacher"), never the text.
import "server-only";
import { db, type TTransaction } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import type { TStoredFile } from "@/lib/homework/storage";
import { contactIn, type TContactRelation } from "./contacts";
import { RATE_LIMIT } from "./schemas";

export type TMessageEvent = { threadId: number; messageId: number; recipientId: number; senderRelation: TContactRelation | null };

/** Refuses a sender over the limit; messages written together (a broadcast) count once. */
export async function assertUnderRateLimit(senderId: number) {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT "createdAt")::int AS n FROM "Message"
    WHERE "senderId" = ${senderId}::int AND "createdAt" > (now() AT TIME ZONE 'UTC') - ${RATE_LIMIT.windowMinutes}::int * interval '1 minute'`;
  if ((rows[0]?.n ?? 0) >= RATE_LIMIT.messages) throw new ActionError("rate_limited", { count: RATE_LIMIT.messages, minutes: RATE_LIMIT.windowMinutes });
}

/** The thread of exactly these two people in the school, made when there is none. */
export async function pairThread(tx: TTransaction, schoolId: number, a: number, b: number, now: Date): Promise<number> {
  const found = await tx.$queryRaw<{ id: number }[]>`
    SELECT t.id FROM "MessageThread" t
    WHERE t."schoolId" = ${schoolId}::int
      AND (SELECT array_agg(m."userId" ORDER BY m."userId") FROM "ThreadMember" m WHERE m."threadId" = t.id) = ${[a, b].sort((x, y) => x - y)}::int[]
    ORDER BY t.id LIMIT 1`;
  if (found[0]) return found[0].id;
  const thread = await tx.messageThread.create({
    data: {
      schoolId,
      createdById: a,
      createdAt: now,
      lastMessageAt: now,
      members: {
        create: [
          { schoolId, userId: a },
          { schoolId, userId: b },
        ],
      },
    },
    select: { id: true },
  });
  return thread.id;
}

export async function postMessage(
  tx: TTransaction,
  m: { schoolId: number; threadId: number; senderId: number; body: string; files: TStoredFile[]; recipientIds: number[]; now: Date },
): Promise<number> {
  const { schoolId, threadId, senderId, now } = m;
  const message = await tx.message.create({ data: { schoolId, threadId, senderId, body: m.body, createdAt: now }, select: { id: true } });
  if (m.files.length) await tx.messageAttachment.createMany({ data: m.files.map((f) => ({ ...f, schoolId, messageId: message.id })) });
  await tx.messageThread.update({ where: { id: threadId, schoolId }, data: { lastMessageAt: now }, select: { id: true } });
  await tx.threadMember.update({ where: { threadId_userId: { threadId, userId: senderId } }, data: { lastReadAt: now }, select: { userId: true } });
  for (const recipientId of m.recipientIds) {
    const relation = (await contactIn(recipientId, senderId, schoolId, tx))?.relation ?? null;
    const payload: TMessageEvent = { threadId, messageId: message.id, recipientId, senderRelation: relation };
    await tx.outboxEvent.create({
      data: { schoolId, kind: "message", key: `message:${message.id}:${recipientId}`, studentId: null, payload },
      select: { id: true },
    });
  }
  await tx.auditEvent.create({
    data: {
      schoolId,
      actorId: senderId,
      action: "message.send",
      entityType: "Message",
      entityId: String(message.id),
      after: { threadId, files: m.files.length },
    },
    select: { id: true },
  });
  return message.id;
}
