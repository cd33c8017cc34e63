// From outbox events to notifications: the events of one key (a journal cell, a term mark) are
// taken together once the key has been quiet for `quietMs` (or its first event is a minute old),
// so a teacher's burst of corrections is one notification telling the cell's latest state. Each
// recipient (the pupil and their parents, as they chose) gets a Notification and a Delivery per
// device, due after their quiet hours. Claimed with FOR UPDATE SKIP LOCKED and deleted in the same
// transaction: a crash leaves the events for the next run, two workers never take the same key.
import "server-only";
import { db, type TTransaction } from "@/lib/db";
import type { TLanguage } from "@/lib/i18n/settings";
import { fanOutDirect, isDirectEvent } from "./direct";
import { isEmailOn } from "./email";
import { afterQuietHours } from "./schedule";
import type { TNotificationPayload } from "./text";

export const BURST_CAP_MS = 60_000;

export type TEvent = { id: bigint; schoolId: number; kind: string; key: string; studentId: number | null; payload: Record<string, unknown> };
export type TRecipient = {
  id: number;
  locale: TLanguage | null;
  email: string | null;
  isParent: boolean;
  events: string[] | null;
  quietFrom: number;
  quietTo: number;
  byEmail: boolean;
  mutedStudentIds: number[];
  subscriptionIds: number[];
};

export async function recipientsOf(tx: TTransaction, schoolId: number, studentId: number): Promise<TRecipient[]> {
  return tx.$queryRaw<TRecipient[]>`
    SELECT u.id, u.locale::text AS locale, u.email, (u.id <> ${studentId}::int) AS "isParent", p.events,
      coalesce(p."quietFrom", 1260) AS "quietFrom", coalesce(p."quietTo", 480) AS "quietTo", coalesce(p."byEmail", false) AS "byEmail",
      coalesce(p."mutedStudentIds", '{}') AS "mutedStudentIds",
      coalesce((SELECT array_agg(s.id ORDER BY s.id) FROM "PushSubscription" s WHERE s."userId" = u.id), '{}') AS "subscriptionIds"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE u."isActive" AND (u.id = ${studentId}::int
      OR u.id IN (SELECT pl."parentId" FROM "ParentLink" pl WHERE pl."schoolId" = ${schoolId}::int AND pl."childId" = ${studentId}::int))`;
}

/** What the latest event of a key says now; null when there is nothing left to tell (the mark was removed). */
async function describeEvent(tx: TTransaction, e: TEvent & { studentId: number }): Promise<(TNotificationPayload & { childName: string }) | null> {
  // Ids are decimal strings (numbers in events queued before ids were 64-bit); SQL casts either.
  const p = e.payload as { entityId: string | number; lessonId?: string | number };
  if (e.kind === "mark") {
    const rows = await tx.$queryRaw<
      { value: number; subject: { ru: string; tt: string }; workKind: { ru: string; tt: string }; date: string; childName: string }[]
    >`
      SELECT m.value, json_build_object('ru', s."nameRu", 'tt', s."nameTt") AS subject, json_build_object('ru', w."nameRu", 'tt', w."nameTt") AS "workKind",
        to_char(l.date, 'YYYY-MM-DD') AS date, u."firstName" AS "childName"
      FROM "Mark" m JOIN "Lesson" l ON l.id = m."lessonId" JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
        JOIN "Subject" s ON s.id = a."subjectId" JOIN "WorkKind" w ON w.id = m."workKindId" JOIN "User" u ON u.id = m."studentId"
      WHERE m."schoolId" = ${e.schoolId}::int AND m.id = ${String(p.entityId)}::bigint AND m.value IS NOT NULL AND NOT m."isPending"`;
    const r = rows[0];
    return r ? { kind: "mark", studentId: e.studentId, subject: r.subject, value: r.value, workKind: r.workKind, date: r.date, childName: r.childName } : null;
  }
  if (e.kind === "absence") {
    const rows = await tx.$queryRaw<{ subject: { ru: string; tt: string }; code: { ru: string; tt: string }; date: string; childName: string }[]>`
      SELECT json_build_object('ru', s."nameRu", 'tt', s."nameTt") AS subject, json_build_object('ru', ac."nameRu", 'tt', ac."nameTt") AS code,
        to_char(l.date, 'YYYY-MM-DD') AS date, u."firstName" AS "childName"
      FROM "Attendance" at JOIN "Lesson" l ON l.id = at."lessonId" JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
        JOIN "Subject" s ON s.id = a."subjectId" JOIN "AbsenceCode" ac ON ac.id = at."absenceCodeId" JOIN "User" u ON u.id = at."studentId"
      WHERE at."schoolId" = ${e.schoolId}::int AND at."lessonId" = ${String(p.lessonId ?? 0)}::bigint AND at."studentId" = ${e.studentId}::int`;
    const r = rows[0];
    return r ? { kind: "absence", studentId: e.studentId, subject: r.subject, code: r.code, date: r.date, childName: r.childName } : null;
  }
  if (e.kind === "finalMark") {
    const rows = await tx.$queryRaw<{ value: number | null; period: number; subject: { ru: string; tt: string }; childName: string }[]>`
      SELECT f.value, f.period, json_build_object('ru', s."nameRu", 'tt', s."nameTt") AS subject, u."firstName" AS "childName"
      FROM "FinalMark" f JOIN "Subject" s ON s.id = f."subjectId" JOIN "User" u ON u.id = f."studentId"
      WHERE f."schoolId" = ${e.schoolId}::int AND f.id = ${String(p.entityId)}::bigint`;
    const r = rows[0];
    return r ? { kind: "finalMark", studentId: e.studentId, subject: r.subject, value: r.value, period: r.period, childName: r.childName } : null;
  }
  return null;
}

/** Whether a recipient wants this kind of event about this pupil. No preference row: everything. */
export const wants = (r: TRecipient, kind: string, studentId: number | null) =>
  (r.events === null || r.events.includes(kind)) && (studentId === null || !r.mutedStudentIds.includes(studentId));

/**
 * Writes a notification per recipient who wants it and a delivery per device (and one by email when
 * asked for and `withEmail`), due after the recipient's quiet hours. Returns the deliveries made.
 */
export async function notify(
  tx: TTransaction,
  schoolId: number,
  recipients: TRecipient[],
  payload: TNotificationPayload & { childName: string },
  opts: { now: Date; key?: string; withEmail?: boolean },
): Promise<number> {
  let deliveries = 0;
  const { childName, ...rest } = payload;
  for (const r of recipients) {
    if (!wants(r, payload.kind, "studentId" in payload ? payload.studentId : null)) continue;
    const email = opts.withEmail && isEmailOn() && r.byEmail && r.email ? 1 : 0;
    const data = { ...rest, ...(r.isParent ? { child: childName } : {}) } as TNotificationPayload;
    const key = opts.key ? `${opts.key}` : null;
    if (key) {
      const created = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "Notification" ("schoolId", "userId", kind, key, payload, "createdAt")
        VALUES (${schoolId}::int, ${r.id}::int, ${payload.kind}::text, ${key}::text, ${JSON.stringify(data)}::jsonb, (now() AT TIME ZONE 'UTC'))
        ON CONFLICT ("userId", key) DO NOTHING RETURNING id`;
      if (created.length === 0) continue;
      deliveries += await addDeliveries(tx, schoolId, created[0].id, r, email, opts.now);
    } else {
      const { id } = await tx.notification.create({ data: { schoolId, userId: r.id, kind: payload.kind, payload: data }, select: { id: true } });
      deliveries += await addDeliveries(tx, schoolId, id, r, email, opts.now);
    }
  }
  return deliveries;
}

async function addDeliveries(tx: TTransaction, schoolId: number, notificationId: number, r: TRecipient, email: number, now: Date) {
  const dueAt = afterQuietHours(now, { from: r.quietFrom, to: r.quietTo });
  const rows = [
    ...r.subscriptionIds.map((subscriptionId) => ({ schoolId, notificationId, subscriptionId, channel: "push", dueAt })),
    ...(email ? [{ schoolId, notificationId, subscriptionId: null, channel: "email", dueAt }] : []),
  ];
  if (rows.length > 0) await tx.delivery.createMany({ data: rows });
  return rows.length;
}

/** One pass over the outbox: the keys due now, up to `limit`. Returns how many events it took. */
export async function fanOut(opts: { quietMs: number; limit?: number; now?: () => Date }): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const keys = await db.$queryRaw<{ key: string }[]>`
    SELECT key FROM "OutboxEvent" GROUP BY key
    HAVING max("createdAt") <= (now() AT TIME ZONE 'UTC') - ${opts.quietMs}::int * interval '1 millisecond'
      OR min("createdAt") <= (now() AT TIME ZONE 'UTC') - ${BURST_CAP_MS}::int * interval '1 millisecond'
    ORDER BY min("createdAt") LIMIT ${opts.limit ?? 200}::int`;
  if (keys.length === 0) return 0;
  return db.$transaction(
    async (tx) => {
      const events = await tx.$queryRaw<TEvent[]>`
        SELECT id, "schoolId", kind, key, "studentId", payload FROM "OutboxEvent"
        WHERE key = ANY(${keys.map((k) => k.key)}::text[]) ORDER BY id FOR UPDATE SKIP LOCKED`;
      const latest = new Map<string, TEvent>();
      for (const e of events) latest.set(e.key, e);
      for (const e of latest.values()) {
        if (isDirectEvent(e)) {
          await fanOutDirect(tx, e, now());
          continue;
        }
        if (e.studentId === null) continue;
        const payload = await describeEvent(tx, { ...e, studentId: e.studentId });
        if (!payload) continue;
        await notify(tx, e.schoolId, await recipientsOf(tx, e.schoolId, e.studentId), payload, { now: now() });
      }
      if (events.length > 0) await tx.$executeRaw`DELETE FROM "OutboxEvent" WHERE id = ANY(${events.map((e) => e.id)}::bigint[])`;
      return events.length;
    },
    { timeout: 60_000 },
  );
}
