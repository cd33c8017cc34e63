// Notifications end to end over the real Web Push protocol: a teacher saves a mark through the
// real server action, the worker sends it, and a local push service (HTTPS, VAPID checked, payload
// decrypted with the device's keys) reads what the parent's phone would show.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { db } from "@/lib/db";
import { saveCellAction } from "@/lib/journal/actions";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { startPushService, type TDevice, type TPushService } from "@/test/support/push-service";
import { asUser } from "@/test/support/session";
import { cellInput } from "@/test/support/statements";
import { subscribePushAction, unsubscribePushAction } from "./actions";
import { usePushAgent } from "./push";
import { runOnce } from "./worker";

let push: TPushService;
let s: TTestSchool;
let answer: number;
const options = { pollMs: 100, quietMs: 0, leaseMs: 60_000, batch: 200 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const keys = webpush.generateVAPIDKeys();
  Object.assign(process.env, { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: "mailto:school@example.org" });
  push = await startPushService();
  usePushAgent(push.agent);
});
afterAll(async () => {
  usePushAgent(undefined);
  await push.close();
});

beforeEach(async () => {
  s = await createTestSchool(db);
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
  // Quiet hours off unless a test sets them: the tests run at any hour.
  await db.notificationPreference.createMany({
    data: [s.parent.id, s.pupils[0].id].map((userId) => ({
      userId,
      events: ["mark", "absence", "finalMark", "homework"],
      quietFrom: 0,
      quietTo: 0,
      mutedStudentIds: [],
    })),
  });
  push.received.length = 0;
});

async function subscribe(user: { id: number }): Promise<TDevice> {
  const device = push.device();
  const result = await asUser(user, () => subscribePushAction({ endpoint: device.endpoint, keys: device.keys, label: "телефон" }));
  expect(result?.serverError).toBeUndefined();
  return device;
}
const mark = (key: string, value: number, id?: string) => ({ key, value, workKindId: answer, isPending: false, comment: null, ...(id ? { id } : {}) });
const save = (input: ReturnType<typeof cellInput>) => asUser(s.teacher, () => saveCellAction(input));
const subjectName = () =>
  db.lesson
    .findUniqueOrThrow({ where: { id: s.lessons[0].id }, select: { assignment: { select: { subject: { select: { nameRu: true } } } } } })
    .then((r) => r.assignment.subject.nameRu);

describe("push notifications", () => {
  it("a saved mark reaches the parent's phone once, naming the child, subject and value; the pupil's own names nobody", async () => {
    const parentPhone = await subscribe(s.parent);
    const pupilPhone = await subscribe(s.pupils[0]);
    const saved = await save(cellInput(s, { upsert: [mark("n1", 5)] }));
    expect(saved?.serverError).toBeUndefined();
    expect(await db.outboxEvent.count({ where: { schoolId: s.schoolId } })).toBe(1);

    await runOnce(options);
    expect(push.rejected).toEqual([]);
    const toParent = push.received.filter((r) => r.device === parentPhone.id);
    expect(toParent).toHaveLength(1);
    const subject = await subjectName();
    expect(toParent[0].payload.title).toBe(`${s.pupils[0].firstName}: новая оценка`);
    expect(toParent[0].payload.body).toContain(`${subject}: 5`);
    const toPupil = push.received.filter((r) => r.device === pupilPhone.id);
    expect(toPupil.map((r) => r.payload.title)).toEqual(["Новая оценка"]);
    expect(JSON.stringify(toPupil)).not.toContain(s.pupils[0].lastName);

    await runOnce(options);
    expect(push.received).toHaveLength(2);
    expect(await db.outboxEvent.count({ where: { schoolId: s.schoolId } })).toBe(0);
  });

  it("speaks Tatar to a parent who reads Tatar", async () => {
    await db.user.update({ where: { id: s.parent.id }, data: { locale: "tt" } });
    await subscribe(s.parent);
    await save(cellInput(s, { upsert: [mark("n1", 4)] }));
    await runOnce(options);
    expect(push.received[0].payload.title).toBe(`${s.pupils[0].firstName}: яңа билге`);
  });

  it("ten quick corrections of one cell are one push with the last value", async () => {
    const phone = await subscribe(s.parent);
    const id = (await save(cellInput(s, { upsert: [mark("n1", 2)] })))!.data!.createdIds.n1;
    for (const value of [3, 4, 5, 4, 3, 2, 3, 4, 5]) await save(cellInput(s, { upsert: [mark("n1", value, id)] }));
    expect(await db.outboxEvent.count({ where: { schoolId: s.schoolId } })).toBe(10);
    // While the teacher is still typing (the cell changed under quietMs ago), nothing goes.
    await runOnce({ ...options, quietMs: 60_000 });
    expect(push.received).toHaveLength(0);
    await sleep(300);
    await runOnce({ ...options, quietMs: 200 });
    const kind = await db.workKind.findUniqueOrThrow({ where: { id: answer }, select: { nameRu: true } });
    expect(push.received.filter((r) => r.device === phone.id).map((r) => r.payload.body)).toEqual([`${await subjectName()}: 5 (${kind.nameRu})`]);
  });

  it("quiet hours hold a notification until they end, and then it goes", async () => {
    const phone = await subscribe(s.parent);
    await db.notificationPreference.update({ where: { userId: s.parent.id }, data: { quietFrom: 0, quietTo: 24 * 60 - 1 } });
    await save(cellInput(s, { upsert: [mark("n1", 5)] }));
    await runOnce(options);
    expect(push.received.filter((r) => r.device === phone.id)).toHaveLength(0);
    const held = await db.delivery.findFirstOrThrow({ where: { subscription: { userId: s.parent.id } } });
    expect(held.sentAt).toBeNull();
    expect(held.dueAt.getTime()).toBeGreaterThan(Date.now());
    // The morning comes.
    await db.delivery.update({ where: { id: held.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    await runOnce(options);
    expect(push.received.filter((r) => r.device === phone.id)).toHaveLength(1);
  });

  it("a device the push service calls gone (410) loses its subscription; a failing one is retried later", async () => {
    const gone = await subscribe(s.parent);
    const flaky = await subscribe(s.parent);
    push.answer(gone, 410);
    push.answer(flaky, 500);
    await save(cellInput(s, { upsert: [mark("n1", 5)] }));
    const r = await runOnce(options);
    expect(r).toMatchObject({ sent: 0, removed: 1, failed: 1 });
    expect(await db.pushSubscription.count({ where: { endpoint: gone.endpoint } })).toBe(0);
    const retry = await db.delivery.findFirstOrThrow({ where: { subscription: { endpoint: flaky.endpoint } } });
    expect(retry).toMatchObject({ attempts: 1, sentAt: null, failedAt: null, lastError: "HTTP 500" });
    expect(retry.dueAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
  });

  it("a push service that is down never fails a mark save", async () => {
    const phone = await subscribe(s.parent);
    push.answer(phone, "hold");
    const saved = await save(cellInput(s, { upsert: [mark("n1", 5)] }));
    expect(saved?.serverError).toBeUndefined();
    expect(await db.mark.count({ where: { schoolId: s.schoolId } })).toBe(1);
  });

  it("a person cannot turn off another person's device", async () => {
    const phone = await subscribe(s.parent);
    const refused = await asUser(s.teacher, () => unsubscribePushAction({ endpoint: phone.endpoint }));
    expect(refused?.serverError?.code).toBe("not_found");
    expect(await db.pushSubscription.count({ where: { endpoint: phone.endpoint, userId: s.parent.id } })).toBe(1);
    expect((await asUser(s.parent, () => unsubscribePushAction({ endpoint: phone.endpoint })))?.data).toEqual({ removed: 1 });
  });

  it("a refused save queues nothing", async () => {
    await subscribe(s.parent);
    const refused = await asUser(s.otherTeacher, () => saveCellAction(cellInput(s, { upsert: [mark("n1", 5)] })));
    expect(refused?.serverError?.code).toBe("forbidden");
    expect(await db.outboxEvent.count({ where: { schoolId: s.schoolId } })).toBe(0);
  });

  it("a worker killed mid-way resumes in another process, and nothing is sent twice", async () => {
    const phones = [await subscribe(s.parent), await subscribe(s.parent), await subscribe(s.pupils[0])];
    for (const [i, lesson] of s.lessons.slice(0, 3).entries()) {
      await save(cellInput(s, { lessonId: lesson.id, upsert: [mark(`k${i}`, 5)] }));
    }
    push.answer(phones[2], "hold");
    const env = {
      ...process.env,
      NODE_EXTRA_CA_CERTS: push.certFile,
      NOTIFY_POLL_MS: "100",
      NOTIFY_BURST_QUIET_MS: "0",
      NOTIFY_LEASE_MS: "1500",
      BELEM_WORKER: "on",
    };
    // One process (tsx as a loader, not its wrapper, which would leave the worker running after a SIGKILL).
    const start = () => spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { env, stdio: "ignore" });
    const first = start();
    // The first worker sends to the two phones that answer and hangs on the third.
    const sentInDb = () => db.delivery.count({ where: { schoolId: s.schoolId, sentAt: { not: null } } });
    for (let i = 0; i < 900 && !(push.received.length === 6 && push.held() > 0 && (await sentInDb()) === 6); i++) await sleep(100);
    expect(push.received).toHaveLength(6);
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    expect(await db.delivery.count({ where: { schoolId: s.schoolId, sentAt: { not: null } } })).toBe(6);
    push.answer(phones[2], 201);
    const second = start();
    try {
      for (let i = 0; i < 600 && push.received.length < 9; i++) await sleep(100);
      await sleep(1000);
    } finally {
      second.kill("SIGTERM");
      await new Promise((r) => second.once("exit", r));
    }
    expect(push.rejected).toEqual([]);
    const perDevice = (d: TDevice) => push.received.filter((r) => r.device === d.id).map((r) => r.payload.tag);
    for (const phone of phones) {
      expect(perDevice(phone)).toHaveLength(3);
      expect(new Set(perDevice(phone)).size).toBe(3);
    }
    expect(await db.delivery.count({ where: { schoolId: s.schoolId, sentAt: null } })).toBe(0);
  }, 240_000);
});
