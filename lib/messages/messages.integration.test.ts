// Messages as the school's rules say: who may write to whom (never pupil to pupil, never across
// schools), a class broadcast whose replies stay private, unread counts and read receipts, reports,
// the rate limit, validation that stores nothing, retention, absence notices accepted in the
// journal, announcements for their audience, and the push a recipient's phone shows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { createAnnouncementAction } from "@/lib/announcements/actions";
import { announcementsFor } from "@/lib/announcements/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { subscribePushAction } from "@/lib/notifications/actions";
import { usePushAgent } from "@/lib/notifications/push";
import { runOnce } from "@/lib/notifications/worker";
import { buildChildExport } from "@/lib/privacy/child-export";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { startPushService, type TPushService } from "@/test/support/push-service";
import { asUser } from "@/test/support/session";
import { acceptAbsenceNoticeAction, reportAbsenceAction } from "./absence-notice-actions";
import { markThreadReadAction, messageClassParentsAction, replyAction, reportMessageAction, sendMessageAction } from "./actions";
import { getMessagesUnread, listThreads, reportedMessages } from "./queries";
import { removeExpiredThreads } from "./retention";
import { MAX_MESSAGE_CHARS, RATE_LIMIT } from "./schemas";

let s: TTestSchool;
let other: TTestSchool;
const send = (from: { id: number }, recipientId: number, body = "Здравствуйте!") => asUser(from, () => sendMessageAction({ recipientId, body, files: [] }));
const me = async (user: { id: number }) => (await asUser(user, () => getCurrentUser())) as NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

beforeEach(async () => {
  s = await createTestSchool(db);
  other = await createTestSchool(db);
});

describe("who may write to whom", () => {
  it("lets a parent write to their child's homeroom and subject teachers, and a pupil to their teachers", async () => {
    for (const [from, to] of [
      [s.parent, s.homeroom],
      [s.parent, s.teacher],
      [s.parent, s.otherTeacher],
      [s.pupils[0], s.homeroom],
      [s.pupils[0], s.teacher],
      [s.teacher, s.admin],
    ] as const) {
      const r = await send(from, to.id);
      expect(r?.serverError, `${from.lastName} → ${to.lastName}`).toBeUndefined();
      expect(r?.data?.messageId).toBeGreaterThan(0);
    }
  });

  it("refuses pupil to pupil, parent to a stranger's teacher, anyone to another school, and oneself, storing nothing", async () => {
    const before = await db.message.count();
    for (const [from, to] of [
      [s.pupils[0], s.pupils[1]],
      [s.parent, s.pupils[1]],
      [s.parent, other.homeroom],
      [s.teacher, other.teacher],
      [s.admin, other.admin],
      [other.parent, s.homeroom],
      [s.homeroom, s.homeroom],
    ] as const) {
      const r = await send(from, to.id);
      expect(r?.serverError?.code, `${from.lastName} → ${to.lastName}`).toBe("not_found");
    }
    expect(await db.message.count()).toBe(before);
  });

  it("keeps one thread per pair: a second message goes into the same thread", async () => {
    const a = await send(s.parent, s.homeroom.id, "Первое");
    const b = await send(s.homeroom, s.parent.id, "Второе");
    expect(b?.data?.threadId).toBe(a?.data?.threadId);
  });
});

describe("attachments", () => {
  it("stores a file with the message through the homework file store; only the thread's members download it", async () => {
    const { GET } = await import("@/app/api/message-files/[id]/route");
    const file = new File(["Справка от врача"], "справка.txt", { type: "text/plain" });
    const r = await asUser(s.parent, () => sendMessageAction({ recipientId: s.homeroom.id, body: "Справка во вложении", files: [file] }));
    expect(r?.serverError).toBeUndefined();
    const [attachment] = await db.messageAttachment.findMany({ where: { messageId: r?.data?.messageId }, select: { id: true, fileName: true } });
    expect(attachment.fileName).toBe("справка.txt");
    const download = (who: { id: number }) =>
      asUser(who, () => GET(new Request(`http://localhost/api/message-files/${attachment.id}`), { params: Promise.resolve({ id: String(attachment.id) }) }));
    expect(await (await download(s.homeroom)).text()).toBe("Справка от врача");
    expect((await download(s.teacher)).status).toBe(404);
    expect((await download(other.admin)).status).toBe(404);
    const tooMany = await asUser(s.parent, () =>
      sendMessageAction({ recipientId: s.homeroom.id, body: "x", files: Array.from({ length: 6 }, (_, i) => new File(["x"], `${i}.txt`)) }),
    );
    expect(tooMany?.validationErrors?.fieldErrors?.files).toEqual(["field.too_big|5"]);
  });
});

describe("a teacher's message to all parents of a class", () => {
  it("gives each parent a thread of their own, and a reply reaches the teacher alone", async () => {
    const secondParent = await createPerson(db, s.schoolId, ["PARENT"], "Родитель2");
    await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: secondParent.id, childId: s.pupils[1].id } });
    const r = await asUser(s.homeroom, () => messageClassParentsAction({ classId: s.classId, body: "Собрание в пятницу в 18:00" }));
    expect(r?.data?.sent).toBe(2);
    const [t1] = await listThreads(await me(s.parent));
    const [t2] = await listThreads(await me(secondParent));
    expect(t1.id).not.toBe(t2.id);
    const reply = await asUser(s.parent, () => replyAction({ threadId: t1.id, body: "Придём вдвоём", files: [] }));
    expect(reply?.serverError).toBeUndefined();
    // The other parent sees only the teacher's message, never the first parent's reply.
    expect((await listThreads(await me(secondParent))).map((t) => t.preview)).toEqual(["Собрание в пятницу в 18:00"]);
    const other2 = await asUser(secondParent, () => replyAction({ threadId: t1.id, body: "Чужой тред", files: [] }));
    expect(other2?.serverError?.code).toBe("not_found");
    expect(await getMessagesUnread(s.homeroom.id)).toBe(1);
  });

  it("refuses a teacher who does not teach the class", async () => {
    const r = await asUser(other.teacher, () => messageClassParentsAction({ classId: s.classId, body: "Здравствуйте" }));
    expect(r?.serverError?.code).toBe("not_found");
  });
});

describe("unread counts and read receipts", () => {
  it("counts messages from others until the thread is read", async () => {
    const a = await send(s.parent, s.homeroom.id, "Один");
    await send(s.parent, s.homeroom.id, "Два");
    expect(await getMessagesUnread(s.homeroom.id)).toBe(2);
    expect(await getMessagesUnread(s.parent.id)).toBe(0);
    const threadId = a?.data?.threadId as number;
    expect((await asUser(s.pupils[0], () => markThreadReadAction({ threadId })))?.serverError?.code).toBe("not_found");
    await asUser(s.homeroom, () => markThreadReadAction({ threadId }));
    expect(await getMessagesUnread(s.homeroom.id)).toBe(0);
    const read = await db.threadMember.findUniqueOrThrow({ where: { threadId_userId: { threadId, userId: s.homeroom.id } }, select: { lastReadAt: true } });
    expect(read.lastReadAt).toBeInstanceOf(Date);
  });
});

describe("moderation and limits", () => {
  it("lets the recipient report a message, which the school's administrator sees and another school's does not", async () => {
    const a = await send(s.parent, s.homeroom.id, "Грубое сообщение");
    const messageId = a?.data?.messageId as number;
    expect((await asUser(s.parent, () => reportMessageAction({ messageId, reason: "" })))?.serverError?.code).toBe("not_found");
    expect((await asUser(s.homeroom, () => reportMessageAction({ messageId, reason: "Оскорбление" })))?.serverError).toBeUndefined();
    expect((await reportedMessages(await me(s.admin))).map((m) => [m.body, m.reason])).toEqual([["Грубое сообщение", "Оскорбление"]]);
    expect(await reportedMessages(await me(other.admin))).toEqual([]);
    expect(await reportedMessages(await me(s.teacher))).toEqual([]);
  });

  it(`refuses a sender's message number ${RATE_LIMIT.messages + 1} within ${RATE_LIMIT.windowMinutes} minutes`, async () => {
    const thread = await send(s.homeroom, s.parent.id, "0");
    const threadId = thread?.data?.threadId as number;
    // Earlier messages of the window, written straight to the table (one per distinct moment).
    await db.message.createMany({
      data: Array.from({ length: RATE_LIMIT.messages - 1 }, (_, i) => ({
        schoolId: s.schoolId,
        threadId,
        senderId: s.homeroom.id,
        body: String(i),
        createdAt: new Date(Date.now() - (i + 1) * 1000),
      })),
    });
    const r = await send(s.homeroom, s.parent.id, "лишнее");
    expect(r?.serverError?.code).toBe("rate_limited");
    expect(await db.message.count({ where: { body: "лишнее" } })).toBe(0);
  });

  it("refuses an empty, oversized or malformed message with a field error, storing nothing", async () => {
    const before = await db.message.count();
    for (const body of ["", "   ", "я".repeat(MAX_MESSAGE_CHARS + 1), "a\u0000b", "\ud800"]) {
      const r = await send(s.parent, s.homeroom.id, body);
      expect(r?.data).toBeUndefined();
      expect(r?.validationErrors ?? r?.serverError).toBeDefined();
    }
    const tooLong = await send(s.parent, s.homeroom.id, "я".repeat(MAX_MESSAGE_CHARS + 1));
    expect(tooLong?.validationErrors?.fieldErrors?.body).toEqual([`field.too_big|${MAX_MESSAGE_CHARS}`]);
    expect((await send(s.parent, s.homeroom.id, "я".repeat(MAX_MESSAGE_CHARS)))?.serverError).toBeUndefined();
    expect(await db.message.count()).toBe(before + 1);
  });

  it("removes threads older than the current year's start less the grace, keeps this year's, and exports the child's messages", async () => {
    const old = await send(s.pupils[0], s.teacher.id, "Прошлогоднее");
    const fresh = await send(s.pupils[0], s.homeroom.id, "Нынешнее");
    await db.messageThread.update({ where: { id: old?.data?.threadId }, data: { lastMessageAt: new Date("2026-06-20T10:00:00Z") } });
    await db.messageThread.update({ where: { id: fresh?.data?.threadId }, data: { lastMessageAt: new Date("2026-08-20T10:00:00Z") } });
    expect(await removeExpiredThreads()).toBeGreaterThanOrEqual(1);
    expect(await db.messageThread.count({ where: { id: old?.data?.threadId } })).toBe(0);
    expect(await db.message.count({ where: { threadId: old?.data?.threadId } })).toBe(0);
    expect(await db.messageThread.count({ where: { id: fresh?.data?.threadId } })).toBe(1);
    const exported = await buildChildExport(s.pupils[0].id, s.parent.id);
    expect(exported.messages.map((m) => [m.body, m.byChild])).toEqual([["Нынешнее", true]]);
  });
});

describe("absence notices", () => {
  it("a parent announces an absence; the homeroom teacher accepts it and the days' lessons get the absence", async () => {
    const r = await asUser(s.parent, () =>
      reportAbsenceAction({ studentId: s.pupils[0].id, startDate: "2026-11-24", endDate: "2026-11-25", reason: "Болеет" }),
    );
    expect(r?.serverError).toBeUndefined();
    expect(
      (await asUser(s.parent, () => reportAbsenceAction({ studentId: s.pupils[1].id, startDate: "2026-11-24", endDate: "2026-11-24", reason: "x" })))
        ?.serverError?.code,
    ).toBe("not_found");
    const backwards = await asUser(s.parent, () =>
      reportAbsenceAction({ studentId: s.pupils[0].id, startDate: "2026-11-25", endDate: "2026-11-24", reason: "x" }),
    );
    expect(backwards?.validationErrors?.fieldErrors?.endDate).toEqual(["messages:absence.endBeforeStart"]);
    const noticeId = r?.data?.id as number;
    const illness = s.absenceCodes.find((c) => c.kind === "ILLNESS")!.id;
    expect((await asUser(s.teacher, () => acceptAbsenceNoticeAction({ noticeId, absenceCodeId: illness })))?.serverError?.code).toBe("not_found");
    const accepted = await asUser(s.homeroom, () => acceptAbsenceNoticeAction({ noticeId, absenceCodeId: illness }));
    expect(accepted?.data?.lessons).toBe(2);
    const marks = await db.attendance.findMany({
      where: { studentId: s.pupils[0].id },
      select: { lessonId: true, absenceCodeId: true },
      orderBy: { lessonId: "asc" },
    });
    expect(marks).toEqual([s.lessons[1], s.lessons[2]].map((l) => ({ lessonId: l.id, absenceCodeId: illness })));
    expect(await db.auditEvent.count({ where: { action: "absenceNotice.accept", entityId: String(noticeId) } })).toBe(1);
  });
});

describe("announcements", () => {
  it("reach the chosen class's pupils and parents, not another class's, and expire", async () => {
    const secondClass = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 9, letter: "А" }, select: { id: true } });
    const nineParent = await createPerson(db, s.schoolId, ["PARENT"], "Родитель9");
    const ninePupil = await createPerson(db, s.schoolId, ["STUDENT"], "Ученик9");
    await db.enrolment.create({
      data: { schoolId: s.schoolId, classId: secondClass.id, studentId: ninePupil.id, startDate: new Date("2026-09-01T00:00:00Z") },
    });
    await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: nineParent.id, childId: ninePupil.id } });
    const r = await asUser(s.admin, () =>
      createAnnouncementAction({ title: "Уроки с 9:00", body: "Отопление", classIds: [s.classId], roles: [], expiresOn: null }),
    );
    expect(r?.serverError).toBeUndefined();
    expect((await announcementsFor(await me(s.parent))).map((a) => a.title)).toEqual(["Уроки с 9:00"]);
    expect((await announcementsFor(await me(s.pupils[1]))).map((a) => a.title)).toEqual(["Уроки с 9:00"]);
    expect(await announcementsFor(await me(nineParent))).toEqual([]);
    expect(await announcementsFor(await me(other.parent))).toEqual([]);
    await asUser(s.admin, () => createAnnouncementAction({ title: "Старое", body: "Прошло", classIds: [], roles: ["PARENT"], expiresOn: "2026-01-10" }));
    await asUser(s.admin, () => createAnnouncementAction({ title: "Учителям", body: "Педсовет", classIds: [], roles: ["TEACHER"], expiresOn: null }));
    expect((await announcementsFor(await me(nineParent))).map((a) => a.title)).toEqual([]);
    expect((await announcementsFor(await me(s.teacher))).map((a) => a.title)).toEqual(["Учителям"]);
    const bad = await asUser(s.admin, () => createAnnouncementAction({ title: "", body: "x".repeat(6000), classIds: [], roles: [], expiresOn: null }));
    expect(bad?.validationErrors?.fieldErrors).toMatchObject({ title: ["field.required"], body: ["field.too_big|5000"] });
    expect(
      (await asUser(s.admin, () => createAnnouncementAction({ title: "Чужой класс", body: "x", classIds: [other.classId], roles: [], expiresOn: null })))
        ?.serverError?.code,
    ).toBe("not_found");
    expect(
      (await asUser(s.teacher, () => createAnnouncementAction({ title: "Я учитель", body: "x", classIds: [], roles: [], expiresOn: null })))?.serverError?.code,
    ).toBe("forbidden");
  });
});

describe("pushes", () => {
  let push: TPushService;
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

  it("a message reaches the recipient's phone naming only what the sender is to them; an announcement its audience", async () => {
    await db.notificationPreference.createMany({
      data: [s.parent.id, s.homeroom.id].map((userId) => ({ userId, events: ["message", "announcement"], quietFrom: 0, quietTo: 0, mutedStudentIds: [] })),
    });
    const phones = new Map<number, string>();
    for (const person of [s.parent, s.homeroom]) {
      const device = push.device();
      await asUser(person, () => subscribePushAction({ endpoint: device.endpoint, keys: device.keys }));
      phones.set(person.id, device.id);
    }
    push.received.length = 0;
    await send(s.homeroom, s.parent.id, "Секретный текст про оценки");
    await runOnce({ pollMs: 100, quietMs: 0, leaseMs: 60_000, batch: 200 });
    const toParent = push.received.filter((r) => r.device === phones.get(s.parent.id));
    expect(toParent.map((r) => [r.payload.title, r.payload.body])).toEqual([["Новое сообщение", "От классного руководителя"]]);
    expect(JSON.stringify(push.received)).not.toContain("Секретный");
    expect(push.received.filter((r) => r.device === phones.get(s.homeroom.id))).toEqual([]);

    push.received.length = 0;
    await asUser(s.admin, () => createAnnouncementAction({ title: "Уроки с 9:00", body: "Отопление", classIds: [s.classId], roles: [], expiresOn: null }));
    await runOnce({ pollMs: 100, quietMs: 0, leaseMs: 60_000, batch: 200 });
    expect(push.received.map((r) => [r.device, r.payload.title, r.payload.body]).sort()).toEqual(
      [
        [phones.get(s.parent.id), "Объявление школы", "Уроки с 9:00"],
        [phones.get(s.homeroom.id), "Объявление школы", "Уроки с 9:00"],
      ].sort(),
    );
  });
});
