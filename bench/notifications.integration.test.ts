// The notification benchmark — figures, not a test: it asserts only that everything was delivered
// exactly once. A small run by default (part of the integration tier); the full one with
//   BELEM_BENCH=1 npx tsx scripts/test.ts --integration bench/notifications
// which writes bench/results/notifications-<date>.json:
//   - a class-wide notification (what an announcement to a class is) fanned out to 60 parents'
//     120 devices and delivered to a local push service (real HTTPS, VAPID, aes128gcm);
//   - 10,000 queued deliveries drained by one process: notifications per second;
//   - the mark save's write statement, p50/p95, with the outbox CTE and without it, alternating.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import webpush from "web-push";
import { SQL_NOW_UTC } from "@/lib/audit/record-sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withAudit } from "@/lib/journal/cell-write";
import { notify, recipientsOf, type TRecipient } from "@/lib/notifications/fan-out";
import { cellKey } from "@/lib/notifications/outbox-sql";
import { usePushAgent } from "@/lib/notifications/push";
import { sendDue } from "@/lib/notifications/send";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { startPushService, type TPushService } from "@/test/support/push-service";

const isFull = process.env.BELEM_BENCH === "1";
const QUEUED = isFull ? 10_000 : 300;
const SAVES = isFull ? 300 : 20;
let push: TPushService;

beforeAll(async () => {
  const keys = webpush.generateVAPIDKeys();
  Object.assign(process.env, { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey });
  push = await startPushService();
  usePushAgent(push.agent);
});
afterAll(async () => {
  usePushAgent(undefined);
  await push.close();
});

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { n: sorted.length, p50: Number(at(0.5).toFixed(2)), p95: Number(at(0.95).toFixed(2)) };
}

async function drain() {
  let sent = 0;
  for (;;) {
    const r = await sendDue({ limit: 500, concurrency: 32 });
    sent += r.sent;
    if (r.sent + r.failed + r.removed === 0) return sent;
  }
}

it("fans out to a class's parents, drains a queue, and saves marks with and without the outbox", { timeout: 1_800_000 }, async () => {
  const s = await createTestSchool(db, { pupils: 60 });
  const parents: { parent: { id: number }; pupil: { id: number } }[] = [];
  for (const [i, pupil] of s.pupils.entries()) {
    const parent = i === 0 ? s.parent : await createPerson(db, s.schoolId, ["PARENT"], "Родитель");
    if (i > 0) await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: parent.id, childId: pupil.id } });
    await db.notificationPreference.create({ data: { userId: parent.id, events: ["mark"], quietFrom: 0, quietTo: 0, mutedStudentIds: [] } });
    for (let d = 0; d < 2; d++) {
      const device = push.device();
      await db.pushSubscription.create({ data: { userId: parent.id, endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth } });
    }
    parents.push({ parent, pupil });
  }
  const subject = { ru: "Математика", tt: "Математика" };
  const payload = (studentId: number) => ({ kind: "mark" as const, studentId, subject, value: 5, workKind: subject, date: "2026-11-23", childName: "Айдар" });

  // 1. One class-wide notification: 60 parents, 120 devices.
  const t0 = performance.now();
  let queued = 0;
  await db.$transaction(
    async (tx) => {
      for (const { pupil } of parents) {
        const recipients = (await recipientsOf(tx, s.schoolId, pupil.id)).filter((r: TRecipient) => r.isParent);
        queued += await notify(tx, s.schoolId, recipients, payload(pupil.id), { now: new Date() });
      }
    },
    { timeout: 120_000 },
  );
  const fanOutMs = performance.now() - t0;
  const classSent = await drain();
  const classMs = performance.now() - t0;
  expect(queued).toBe(120);
  expect(classSent).toBe(120);

  // 2. A queue of QUEUED deliveries, drained by this one process.
  const notificationId = (await db.notification.findFirstOrThrow({ where: { schoolId: s.schoolId }, select: { id: true } })).id;
  await db.$executeRaw`
    INSERT INTO "Delivery" ("schoolId", "notificationId", "subscriptionId", channel, "dueAt")
    SELECT ${s.schoolId}::int, ${notificationId}::int, sub.id, 'push', ${SQL_NOW_UTC}
    FROM generate_series(1, ${QUEUED}::int) g
    JOIN LATERAL (SELECT id FROM "PushSubscription" ORDER BY id OFFSET (g % 120) LIMIT 1) sub ON true`;
  push.received.length = 0;
  const t1 = performance.now();
  const drained = await drain();
  const drainMs = performance.now() - t1;
  expect(drained).toBe(QUEUED);
  expect(push.received).toHaveLength(QUEUED);
  expect(push.rejected).toEqual([]);

  // 3. The mark write statement with its outbox CTE and without, alternating.
  const lessonId = s.lessons[0].id;
  const wk = s.workKinds[0].id;
  const samples = { withOutbox: [] as number[], withoutOutbox: [] as number[] };
  for (let i = 0; i < SAVES * 2; i++) {
    const studentId = s.pupils[i % s.pupils.length].id;
    const isWith = i % 2 === 0;
    const insert = Prisma.sql`INSERT INTO "Mark" ("schoolId", "lessonId", "studentId", "workKindId", value, "isPending", "authorId", "createdAt", "updatedAt")
      VALUES (${s.schoolId}::int, ${lessonId}::bigint, ${studentId}::int, ${wk}::int, 5, false, ${s.teacher.id}::int, ${SQL_NOW_UTC}, ${SQL_NOW_UTC})`;
    const event = { schoolId: s.schoolId, actorId: s.teacher.id, studentId, lessonId, action: "mark.create", entityType: "Mark", after: { value: 5 } };
    const outbox = isWith
      ? {
          schoolId: s.schoolId,
          studentId,
          kind: "mark" as const,
          key: cellKey("mark", lessonId, studentId),
          payload: { lessonId: String(lessonId), value: 5, workKindId: wk },
        }
      : undefined;
    const start = performance.now();
    await db.$queryRaw(withAudit(insert, event, outbox));
    (isWith ? samples.withOutbox : samples.withoutOutbox).push(performance.now() - start);
  }

  const results = {
    date: new Date().toISOString(),
    isFull,
    classNotification: { parents: 60, devices: 120, fanOutMs: Math.round(fanOutMs), deliveredMs: Math.round(classMs) },
    queue: { deliveries: QUEUED, ms: Math.round(drainMs), perSecond: Math.round((QUEUED / drainMs) * 1000) },
    markWrite: { withOutbox: percentiles(samples.withOutbox), withoutOutbox: percentiles(samples.withoutOutbox) },
  };
  console.log("[bench:notifications]", JSON.stringify(results));
  if (isFull) {
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/notifications-${results.date.slice(0, 10)}.json`, `${JSON.stringify(results, null, 2)}\n`);
  }
});
