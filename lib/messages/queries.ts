// Reads for the message pages and the shell's unread count. Every read starts from the caller's
// own membership, so a thread id of someone else's reads nothing.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { unreadMessagesCount } from "./unread-sql";

export type TThreadListItem = {
  id: number;
  others: string;
  lastMessageAt: Date;
  preview: string;
  unread: number;
};

export async function listThreads(user: TCurrentUser): Promise<TThreadListItem[]> {
  return db.$queryRaw<TThreadListItem[]>`
    SELECT t.id,
      (SELECT string_agg(u."lastName" || ' ' || u."firstName", ', ' ORDER BY u."lastName") FROM "ThreadMember" o JOIN "User" u ON u.id = o."userId"
        WHERE o."threadId" = t.id AND o."userId" <> ${user.id}::int) AS others,
      t."lastMessageAt",
      coalesce((SELECT left(m.body, 120) FROM "Message" m WHERE m."schoolId" = t."schoolId" AND m."threadId" = t.id ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1), '') AS preview,
      (SELECT count(*)::int FROM "Message" m WHERE m."schoolId" = t."schoolId" AND m."threadId" = t.id AND m."senderId" <> ${user.id}::int
        AND (me."lastReadAt" IS NULL OR m."createdAt" > me."lastReadAt")) AS unread
    FROM "ThreadMember" me JOIN "MessageThread" t ON t.id = me."threadId"
    WHERE me."userId" = ${user.id}::int
    ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 200`;
}

/** Messages from others the person has not read yet, over all threads (the shell's badge). */
export const getMessagesUnread = cache(async (userId: number): Promise<number> => {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT ${unreadMessagesCount(Prisma.sql`${userId}::int`)} AS n`;
  return rows[0]?.n ?? 0;
});

export type TThreadView = {
  id: number;
  schoolId: number;
  members: { id: number; name: string; lastReadAt: Date | null }[];
  messages: {
    id: number;
    senderId: number;
    senderName: string;
    body: string;
    createdAt: Date;
    isReported: boolean;
    attachments: { id: number; fileName: string; size: number }[];
  }[];
};

export async function getThread(user: TCurrentUser, threadId: number): Promise<TThreadView | null> {
  const me = await db.threadMember.findUnique({ where: { threadId_userId: { threadId, userId: user.id } }, select: { schoolId: true } });
  if (!me) return null;
  const [members, messages] = await Promise.all([
    db.$queryRaw<{ id: number; name: string; lastReadAt: Date | null }[]>`
      SELECT u.id, u."lastName" || ' ' || u."firstName" AS name, m."lastReadAt" FROM "ThreadMember" m JOIN "User" u ON u.id = m."userId"
      WHERE m."threadId" = ${threadId}::int ORDER BY u."lastName"`,
    db.message.findMany({
      where: { schoolId: me.schoolId, threadId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        senderId: true,
        body: true,
        createdAt: true,
        reportedAt: true,
        attachments: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
      },
    }),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return {
    id: threadId,
    schoolId: me.schoolId,
    members,
    messages: messages.map((m) => ({
      id: m.id,
      senderId: m.senderId,
      senderName: names.get(m.senderId) ?? "",
      body: m.body,
      createdAt: m.createdAt,
      isReported: m.reportedAt !== null,
      attachments: m.attachments,
    })),
  };
}

/** Classes of the current year the person teaches or is homeroom teacher of (for a message to their parents). */
export async function broadcastClasses(user: TCurrentUser): Promise<{ id: number; grade: number; letter: string }[]> {
  return db.schoolClass.findMany({
    where: { year: { isCurrent: true }, OR: [{ homeroomTeacherId: user.id }, { assignments: { some: { teacherId: user.id } } }] },
    select: { id: true, grade: true, letter: true },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
  });
}

export type TReportedMessage = { id: number; threadId: number; body: string; sender: string; reporter: string; reason: string | null; reportedAt: Date };

/** Reported messages of the schools the person administers. */
export async function reportedMessages(user: TCurrentUser): Promise<TReportedMessage[]> {
  const schoolIds = schoolsWith(user.roles, "messages:moderate");
  if (schoolIds.length === 0) return [];
  return db.$queryRaw<TReportedMessage[]>`
    SELECT m.id, m."threadId", m.body, s."lastName" || ' ' || s."firstName" AS sender, r."lastName" || ' ' || r."firstName" AS reporter,
      m."reportReason" AS reason, m."reportedAt"
    FROM "Message" m JOIN "User" s ON s.id = m."senderId" LEFT JOIN "User" r ON r.id = m."reportedById"
    WHERE m."schoolId" = ANY(${schoolIds}::int[]) AND m."reportedAt" IS NOT NULL
    ORDER BY m."reportedAt" DESC LIMIT 200`;
}

/** A parent's children and the absences the parent announced for them. */
export async function absenceNoticesOfParent(user: TCurrentUser) {
  const [children, notices] = await Promise.all([
    db.$queryRaw<{ id: number; firstName: string; lastName: string }[]>`
      SELECT u.id, u."firstName", u."lastName" FROM "ParentLink" pl JOIN "User" u ON u.id = pl."childId"
      WHERE pl."parentId" = ${user.id}::int ORDER BY u."birthDate" NULLS LAST, u."firstName"`,
    db.$queryRaw<{ id: number; childName: string; startDate: Date; endDate: Date; reason: string; acceptedAt: Date | null }[]>`
      SELECT n.id, u."firstName" AS "childName", n."startDate", n."endDate", n.reason, n."acceptedAt"
      FROM "AbsenceNotice" n JOIN "User" u ON u.id = n."studentId"
      WHERE n."parentId" = ${user.id}::int ORDER BY n."startDate" DESC LIMIT 50`,
  ]);
  return { children, notices };
}

export type TJournalAbsenceNotice = {
  id: number;
  studentId: number;
  studentName: string;
  startDate: Date;
  endDate: Date;
  reason: string;
  acceptedAt: Date | null;
};

/** Announced absences of a class's pupils overlapping [from, to], for its homeroom teacher (or the school's administrator). */
export async function absenceNoticesForClass(user: TCurrentUser, classId: number, from: string, to: string): Promise<TJournalAbsenceNotice[]> {
  const admin = schoolsWith(user.roles, "school:manage");
  return db.$queryRaw<TJournalAbsenceNotice[]>`
    SELECT n.id, n."studentId", u."lastName" || ' ' || u."firstName" AS "studentName", n."startDate", n."endDate", n.reason, n."acceptedAt"
    FROM "SchoolClass" c JOIN "Enrolment" e ON e."classId" = c.id AND e."schoolId" = c."schoolId"
      JOIN "AbsenceNotice" n ON n."schoolId" = c."schoolId" AND n."studentId" = e."studentId"
      JOIN "User" u ON u.id = n."studentId"
    WHERE c.id = ${classId}::int AND (c."homeroomTeacherId" = ${user.id}::int OR c."schoolId" = ANY(${admin}::int[]))
      AND n."startDate" <= ${to}::date AND n."endDate" >= ${from}::date
    ORDER BY n."startDate", u."lastName"`;
}
