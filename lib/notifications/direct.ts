// Events addressed to people rather than about a pupil: a message (to its recipient) and an
// announcement (to its audience, read when it is fanned out). Their pushes carry no content: a
// message names what the sender is to the recipient, an announcement its title.
import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TContactRelation } from "@/lib/messages/contacts";
import { notify, type TEvent, type TRecipient } from "./fan-out";

export const isDirectEvent = (e: TEvent) => e.kind === "message" || e.kind === "announcement";

async function recipientsByIds(tx: TTransaction, ids: number[]): Promise<TRecipient[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<TRecipient[]>`
    SELECT u.id, u.locale::text AS locale, u.email, false AS "isParent", p.events,
      coalesce(p."quietFrom", 1260) AS "quietFrom", coalesce(p."quietTo", 480) AS "quietTo", coalesce(p."byEmail", false) AS "byEmail",
      coalesce(p."mutedStudentIds", '{}') AS "mutedStudentIds",
      coalesce((SELECT array_agg(s.id ORDER BY s.id) FROM "PushSubscription" s WHERE s."userId" = u.id), '{}') AS "subscriptionIds"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE u."isActive" AND u.id = ANY(${ids}::int[])`;
}

/** Who an announcement is for: its classes' pupils, their parents and homeroom teachers, and its roles; no class and no role is the whole school. */
export async function announcementAudience(tx: Pick<TTransaction, "$queryRaw">, schoolId: number, announcementId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH a AS (SELECT * FROM "Announcement" WHERE "schoolId" = ${schoolId}::int AND id = ${announcementId}::int),
    pupils AS (
      SELECT e."studentId" AS id FROM a JOIN "Enrolment" e ON e."schoolId" = a."schoolId" AND e."classId" = ANY(a."classIds")
      WHERE e."endDate" IS NULL OR e."endDate" >= current_date
    )
    SELECT id FROM pupils
    UNION SELECT pl."parentId" FROM pupils p JOIN "ParentLink" pl ON pl."childId" = p.id AND pl."schoolId" = ${schoolId}::int
    UNION SELECT c."homeroomTeacherId" FROM a JOIN "SchoolClass" c ON c."schoolId" = a."schoolId" AND c.id = ANY(a."classIds") WHERE c."homeroomTeacherId" IS NOT NULL
    UNION SELECT r."userId" FROM a JOIN "UserRole" r ON r."schoolId" = a."schoolId"
      WHERE r.role = ANY(a.roles) OR (cardinality(a.roles) = 0 AND cardinality(a."classIds") = 0)`;
  return rows.map((r) => r.id);
}

export async function fanOutDirect(tx: TTransaction, e: TEvent, now: Date): Promise<void> {
  if (e.kind === "message") {
    const p = e.payload as { threadId: number; recipientId: number; senderRelation: TContactRelation | null };
    const payload = { kind: "message" as const, threadId: p.threadId, from: p.senderRelation, childName: "" };
    await notify(tx, e.schoolId, await recipientsByIds(tx, [p.recipientId]), payload, { now, withEmail: true });
    return;
  }
  const { announcementId } = e.payload as { announcementId: number };
  const rows = await tx.announcement.findFirst({ where: { id: announcementId, schoolId: e.schoolId }, select: { title: true, authorId: true } });
  if (!rows) return;
  const audience = (await announcementAudience(tx, e.schoolId, announcementId)).filter((id) => id !== rows.authorId);
  const payload = { kind: "announcement" as const, announcementId, title: rows.title, childName: "" };
  await notify(tx, e.schoolId, await recipientsByIds(tx, audience), payload, { now });
}
