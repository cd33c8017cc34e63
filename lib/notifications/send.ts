// Sends the deliveries that are due. A delivery is claimed in one statement (FOR UPDATE SKIP
// LOCKED, a lease in `claimedUntil`, the attempt counted), sent, and recorded sent at once: a
// worker killed while holding a claim leaves it to the next once the lease runs out, and a
// delivery recorded sent is never claimed again. A device the push service calls gone (404/410)
// loses its subscription; other failures wait a growing back-off and are given up after
// MAX_ATTEMPTS. Nothing here runs inside a save: a push service that is down only delays.
import "server-only";
import { db } from "@/lib/db";
import type { TLanguage } from "@/lib/i18n/settings";
import { log } from "@/lib/log";
import { sendEmail } from "./email";
import { sendPush } from "./push";
import { backoffMs, MAX_ATTEMPTS } from "./schedule";
import { notificationText, type TNotificationPayload } from "./text";

type TClaimed = {
  id: bigint;
  channel: string;
  attempts: number;
  notificationId: number;
  subscriptionId: number | null;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
  payload: TNotificationPayload;
  locale: TLanguage | null;
  email: string | null;
};

export type TSendResult = { sent: number; failed: number; removed: number };

export async function claimDue(limit: number, leaseMs: number): Promise<TClaimed[]> {
  return db.$queryRaw<TClaimed[]>`
    WITH claimed AS (
      UPDATE "Delivery" d SET "claimedUntil" = (now() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond', attempts = d.attempts + 1
      WHERE d.id IN (SELECT id FROM "Delivery" WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "dueAt" <= (now() AT TIME ZONE 'UTC')
          AND ("claimedUntil" IS NULL OR "claimedUntil" < (now() AT TIME ZONE 'UTC'))
        ORDER BY "dueAt", id LIMIT ${limit}::int FOR UPDATE SKIP LOCKED)
      RETURNING d.id, d.channel, d.attempts, d."notificationId", d."subscriptionId")
    SELECT c.*, s.endpoint, s.p256dh, s.auth, n.payload, u.locale::text AS locale, u.email
    FROM claimed c JOIN "Notification" n ON n.id = c."notificationId" JOIN "User" u ON u.id = n."userId"
      LEFT JOIN "PushSubscription" s ON s.id = c."subscriptionId"
    ORDER BY c.id`;
}

async function deliver(d: TClaimed): Promise<{ ok: true } | { ok: false; isGone: boolean; error: string }> {
  const message = notificationText(d.payload, d.locale ?? "ru", d.notificationId);
  if (d.channel === "email") {
    if (!d.email) return { ok: false, isGone: true, error: "no address" };
    return sendEmail(d.email, message);
  }
  if (!d.endpoint || !d.p256dh || !d.auth) return { ok: false, isGone: true, error: "subscription gone" };
  return sendPush({ endpoint: d.endpoint, p256dh: d.p256dh, auth: d.auth }, JSON.stringify(message), `n${d.notificationId}`);
}

/** Claims up to `limit` due deliveries and sends them, `concurrency` at a time. */
export async function sendDue(opts: { limit?: number; leaseMs?: number; concurrency?: number } = {}): Promise<TSendResult> {
  const claimed = await claimDue(opts.limit ?? 200, opts.leaseMs ?? 60_000);
  const result: TSendResult = { sent: 0, failed: 0, removed: 0 };
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const d = claimed[next++];
      const outcome = await deliver(d);
      if (outcome.ok) {
        await db.$executeRaw`UPDATE "Delivery" SET "sentAt" = (now() AT TIME ZONE 'UTC'), "claimedUntil" = NULL, "lastError" = NULL WHERE id = ${d.id}::bigint`;
        result.sent++;
      } else if (outcome.isGone && d.subscriptionId !== null) {
        // Its deliveries go with it (ON DELETE CASCADE).
        await db.$executeRaw`DELETE FROM "PushSubscription" WHERE id = ${d.subscriptionId}::int`;
        result.removed++;
      } else {
        const isLast = outcome.isGone || d.attempts >= MAX_ATTEMPTS;
        const wait = backoffMs(d.attempts);
        await db.$executeRaw`UPDATE "Delivery" SET "claimedUntil" = NULL, "lastError" = ${outcome.error}::text,
            "dueAt" = (now() AT TIME ZONE 'UTC') + ${wait}::int * interval '1 millisecond',
            "failedAt" = CASE WHEN ${isLast}::boolean THEN (now() AT TIME ZONE 'UTC') ELSE NULL END
          WHERE id = ${d.id}::bigint`;
        result.failed++;
        log.warn("notification delivery failed", { deliveryId: String(d.id), channel: d.channel, attempt: d.attempts, error: outcome.error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 16, claimed.length) }, lane));
  return result;
}
