// Messages from others a person has not read yet, over all their threads: one SQL expression, used
// by the session's statement (the shell's badge costs no statement of its own) and on its own.
import { Prisma } from "@/lib/generated/prisma/client";

export function unreadMessagesCount(userId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "ThreadMember" me JOIN "Message" m ON m."schoolId" = me."schoolId" AND m."threadId" = me."threadId"
    WHERE me."userId" = ${userId} AND m."senderId" <> ${userId} AND (me."lastReadAt" IS NULL OR m."createdAt" > me."lastReadAt"))`;
}
