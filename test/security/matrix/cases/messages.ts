// Messages, absence notices and announcements. Who may write to whom comes from the school's rows
// (lib/messages/contacts.ts): staff of one school to each other; a class's teachers with its pupils
// and their parents; never pupil to pupil, never oneself, never across schools. A thread is its
// members' alone; an announcement is the school administration's.
import { expect } from "vitest";
import { createAnnouncementAction, deleteAnnouncementAction } from "@/lib/announcements/actions";
import { db } from "@/lib/db";
import { storeFile } from "@/lib/homework/storage";
import { decideAbsenceExplanationAction, explainAbsenceAction } from "@/lib/messages/absence-explanation-actions";
import { acceptAbsenceNoticeAction, reportAbsenceAction } from "@/lib/messages/absence-notice-actions";
import { markThreadReadAction, messageClassParentsAction, replyAction, reportMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { actionCases, routeCases, SCHOOL_SCOPES } from "../define";
import type { TTarget } from "../world";

const BODY = "Здравствуйте! Айдар завтра придёт ко второму уроку.";

const verifySent = async (result: { data?: unknown }) => {
  const { messageId } = result.data as { messageId: number };
  expect(await db.message.findUnique({ where: { id: messageId }, select: { body: true } })).toEqual({ body: BODY });
  expect(await db.outboxEvent.count({ where: { kind: "message", key: { startsWith: `message:${messageId}:` } } })).toBe(1);
};

actionCases(
  sendMessageAction,
  {
    name: "to the homeroom teacher",
    scopes: ["own", "otherClass", "otherSchool"],
    // Staff of the school write to each other; a pupil and a parent to their (child's) class's teacher.
    allowed: { admin: SCHOOL_SCOPES, teacher: SCHOOL_SCOPES, homeroom: ["otherClass"], student: ["own"], parent: ["own"] },
    input: (t) => ({ recipientId: t.actors.homeroom.id, body: BODY }),
    verify: verifySent,
  },
  {
    // pupils[1] is the student actor's classmate: pupil to pupil is refused even within a class.
    name: "to a pupil of the class",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: { teacher: ["own"], homeroom: ["own"] },
    input: (t) => ({ recipientId: t.pupils[1].id, body: BODY }),
    verify: verifySent,
  },
  {
    name: "to a parent of the class",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: { teacher: ["own"], homeroom: ["own"] },
    input: (t) => ({ recipientId: t.actors.parent.id, body: BODY }),
    verify: verifySent,
  },
);

/** A thread between the target's parent and homeroom teacher, with one message from `sender`. */
async function parentHomeroomThread(t: TTarget, sender: "parent" | "homeroom" = "homeroom") {
  const { schoolId } = t;
  const thread = await db.messageThread.create({
    data: {
      schoolId,
      createdById: t.actors.parent.id,
      members: {
        create: [
          { schoolId, userId: t.actors.parent.id },
          { schoolId, userId: t.actors.homeroom.id },
        ],
      },
      messages: { create: { schoolId, senderId: t.actors[sender].id, body: "Добрый день! Завтра классный час." } },
    },
    select: { id: true, messages: { select: { id: true } } },
  });
  return { threadId: thread.id, messageId: thread.messages[0].id };
}

actionCases(replyAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { homeroom: ["own"], parent: ["own"] },
  input: async (t) => ({ threadId: (await parentHomeroomThread(t)).threadId, body: BODY }),
  verify: verifySent,
});

actionCases(markThreadReadAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { homeroom: ["own"], parent: ["own"] },
  input: async (t) => ({ threadId: (await parentHomeroomThread(t)).threadId }),
  verify: async (result, _t, { caller }) => {
    const { threadId } = result.data as { threadId: number };
    const row = await db.threadMember.findUnique({ where: { threadId_userId: { threadId, userId: caller?.id ?? 0 } }, select: { lastReadAt: true } });
    expect(row?.lastReadAt).toBeInstanceOf(Date);
  },
});

// The other side's message only: the homeroom teacher's message is the parent's to report.
actionCases(reportMessageAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { parent: ["own"] },
  input: async (t) => ({ messageId: (await parentHomeroomThread(t, "homeroom")).messageId, reason: "Грубость" }),
  verify: async (result) => {
    const { messageId } = result.data as { messageId: number };
    expect(await db.message.findUnique({ where: { id: messageId }, select: { reportReason: true } })).toEqual({ reportReason: "Грубость" });
  },
});

actionCases(messageClassParentsAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { teacher: ["own"], homeroom: ["own"] },
  input: (t) => ({ classId: t.classId, body: BODY }),
  verify: async (result, t) => {
    expect((result.data as { sent: number }).sent).toBeGreaterThanOrEqual(1);
    expect(
      await db.message.count({ where: { schoolId: t.schoolId, body: BODY, thread: { members: { some: { userId: t.actors.parent.id } } } } }),
    ).toBeGreaterThan(0);
  },
});

const ABSENCE = { startDate: "2026-11-24", endDate: "2026-11-25", reason: "Болеет, справка будет" };

actionCases(reportAbsenceAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { parent: ["own"] },
  input: (t) => ({ studentId: t.pupil.id, ...ABSENCE }),
  verify: async (result) => {
    const { id } = result.data as { id: number };
    expect(await db.absenceNotice.findUnique({ where: { id }, select: { reason: true } })).toEqual({ reason: ABSENCE.reason });
  },
});

actionCases(acceptAbsenceNoticeAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, homeroom: ["own"] },
  input: async (t) => {
    const notice = await db.absenceNotice.create({
      data: {
        schoolId: t.schoolId,
        studentId: t.pupil.id,
        parentId: t.actors.parent.id,
        startDate: new Date("2026-11-24T00:00:00Z"),
        endDate: new Date("2026-11-25T00:00:00Z"),
        reason: ABSENCE.reason,
      },
      select: { id: true },
    });
    return { noticeId: notice.id, absenceCodeId: t.absenceCodeId };
  },
  verify: async (result, t) => {
    expect((result.data as { lessons: number }).lessons).toBeGreaterThanOrEqual(2);
    expect(await db.attendance.count({ where: { schoolId: t.schoolId, studentId: t.pupil.id, lessonId: { in: t.lessonIds.slice(1) } } })).toBe(2);
  },
});

/** The pupil's unexcused absence on the target's third lesson, with no explanation yet (the world is shared by every case). */
async function unexplainedAbsence(t: TTarget) {
  const lessonId = t.lessonIds[2];
  await db.absenceExplanation.deleteMany({ where: { schoolId: t.schoolId, studentId: t.pupil.id } });
  await db.attendance.upsert({
    where: { lessonId_studentId: { lessonId, studentId: t.pupil.id } },
    create: { schoolId: t.schoolId, lessonId, studentId: t.pupil.id, absenceCodeId: t.absenceCodeId, authorId: t.actors.teacher.id },
    update: { absenceCodeId: t.absenceCodeId },
  });
  return lessonId;
}

async function pendingExplanation(t: TTarget, file: { fileName: string; mimeType: string; size: number; storageKey: string } | null = null) {
  const lessonId = await unexplainedAbsence(t);
  const row = await db.absenceExplanation.create({
    data: {
      schoolId: t.schoolId,
      studentId: t.pupil.id,
      parentId: t.actors.parent.id,
      date: new Date("2026-11-25T00:00:00Z"),
      lessonIds: [lessonId],
      reason: "Был у врача",
      ...file,
    },
    select: { id: true },
  });
  return { id: row.id, lessonId };
}

actionCases(explainAbsenceAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { parent: ["own"] },
  input: async (t) => ({ studentId: t.pupil.id, lessonId: await unexplainedAbsence(t), reason: "Был у врача, справка будет", files: [] }),
  verify: async (result) => {
    const { id } = result.data as { id: number };
    expect(await db.absenceExplanation.findUnique({ where: { id }, select: { status: true } })).toEqual({ status: "PENDING" });
  },
});

actionCases(
  decideAbsenceExplanationAction,
  ...(["accept", "decline"] as const).map((decision) => ({
    name: decision,
    scopes: ["own", "otherClass", "otherSchool"] as const,
    allowed: { admin: SCHOOL_SCOPES, homeroom: ["own"] as const },
    input: async (t: TTarget) => ({ explanationId: (await pendingExplanation(t)).id, decision }),
    verify: async (result: { data?: unknown }, t: TTarget) => {
      const attendance = await db.attendance.findUnique({
        where: { lessonId_studentId: { lessonId: t.lessonIds[2], studentId: t.pupil.id } },
        select: { absenceCodeId: true },
      });
      expect((result.data as { status: string }).status).toBe(decision === "accept" ? "ACCEPTED" : "DECLINED");
      if (decision === "accept") expect(attendance?.absenceCodeId).not.toBe(t.absenceCodeId);
      else expect(attendance?.absenceCodeId).toBe(t.absenceCodeId);
    },
  })),
);

routeCases("GET /api/absence-explanation-files/[id]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, homeroom: ["own"], parent: ["own"] },
  request: async (t) => {
    const stored = await storeFile({ fileName: "zapiska.txt", mimeType: "text/plain", bytes: Buffer.from("Записка") });
    const { id } = await pendingExplanation(t, { ...stored });
    return { params: { id: String(id) } };
  },
  verify: async (response) => {
    expect(await response.text()).toBe("Записка");
  },
});

actionCases(createAnnouncementAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  input: (t) => ({ title: "Уроки 8 декабря с 9:00", body: "Первый урок отменяется.", classIds: [t.classId], roles: [], expiresOn: null }),
  verify: async (result) => {
    const { id } = result.data as { id: number };
    expect(await db.outboxEvent.count({ where: { kind: "announcement", key: `announcement:${id}` } })).toBe(1);
  },
});

actionCases(deleteAnnouncementAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  input: async (t) => {
    const row = await db.announcement.create({
      data: { schoolId: t.schoolId, authorId: t.actors.admin.id, title: "Собрание", body: "В пятницу", classIds: [t.classId] },
      select: { id: true },
    });
    return { id: row.id };
  },
  verify: async (result) => {
    expect(await db.announcement.count({ where: { id: (result.data as { id: number }).id } })).toBe(0);
  },
});

routeCases("GET /api/message-files/[id]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { homeroom: ["own"], parent: ["own"] },
  request: async (t) => {
    const { messageId } = await parentHomeroomThread(t);
    const stored = await storeFile({ fileName: "spravka.txt", mimeType: "text/plain", bytes: Buffer.from("Справка") });
    const row = await db.messageAttachment.create({ data: { schoolId: t.schoolId, messageId, ...stored }, select: { id: true } });
    return { params: { id: String(row.id) } };
  },
  verify: async (response) => {
    expect(await response.text()).toBe("Справка");
  },
});
