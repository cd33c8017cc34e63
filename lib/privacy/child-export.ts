// Everything Belem holds about one pupil, as one JSON document for their parent (152-ФЗ, art. 14:
// the subject's right to the data processed about them). Every table that names the pupil is read
// here; lib/privacy/child-export.integration.test.ts fails when a table gains a column pointing at
// a User that this file does not account for. Secrets are never part of it: no password hash, no
// session version, and audit payloads pass through `withoutSecrets`.
import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/i18n/dates";
import { PERSON_DETAILS_SELECT } from "@/lib/roster/people-queries";

export const EXPORT_FORMAT = "belem.child-export/1";

const SECRET_KEY = /pass|hash|token|secret|session/i;

/**
 * Every column that points at a person, and whether this export reads it for the pupil. The test
 * compares this list with schema.prisma, so a new reference to a person is a decision, not a gap.
 */
// "exported": the download carries it; "staff-only": the staff member's side of a record;
// "secret": a sign-in or linking code, held only as a keyed hash (the download says which codes
// exist and when they expire, never the code).
export const USER_REFERENCES: Record<string, "exported" | "staff-only" | "secret"> = {
  "UserRole.userId": "exported",
  "Enrolment.studentId": "exported",
  "ParentLink.parentId": "staff-only",
  "ParentLink.childId": "exported",
  "SubgroupMember.studentId": "exported",
  "SchoolClass.homeroomTeacherId": "staff-only",
  "TeachingAssignment.teacherId": "staff-only",
  "Exemption.studentId": "exported",
  "Lesson.substituteTeacherId": "staff-only",
  "Homework.createdById": "staff-only",
  "HomeworkCompletion.studentId": "exported",
  "Mark.studentId": "exported",
  "Mark.authorId": "staff-only",
  "Attendance.studentId": "exported",
  "Attendance.authorId": "staff-only",
  "FinalMark.studentId": "exported",
  "FinalMark.authorId": "staff-only",
  "AuditEvent.actorId": "exported",
  "Notification.userId": "exported",
  "PushSubscription.userId": "exported",
  "NotificationPreference.userId": "exported",
  "DiaryReadState.readerId": "exported",
  "DiaryReadState.studentId": "exported",
  "Term.lockedById": "staff-only",
  "Session.userId": "exported",
  "ExternalIdentity.userId": "exported",
  "AccessCode.userId": "secret",
  "AccessCode.createdById": "staff-only",
};

/** Drops keys that could hold a secret, at any depth (an audit "before" of a person, say). */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, v]) => [k, withoutSecrets(v)]),
    );
  }
  return value;
}

const day = (d: Date | null) => (d ? toIsoDate(d) : null);
const person = (p: { lastName: string; firstName: string; middleName: string | null } | null) =>
  p ? [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ") : null;
const names = { nameRu: true, nameTt: true } as const;
const personName = { lastName: true, firstName: true, middleName: true } as const;
const lessonOf = { date: true, period: true, assignment: { select: { subject: { select: names } } } } as const;

function profileOf(studentId: number) {
  return db.user.findUniqueOrThrow({
    where: { id: studentId },
    select: {
      ...PERSON_DETAILS_SELECT,
      locale: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      roles: { select: { role: true, createdAt: true, school: { select: names } } },
    },
  });
}

async function schoolLife(studentId: number) {
  const where = { studentId };
  return Promise.all([
    db.enrolment.findMany({
      where,
      orderBy: { startDate: "asc" },
      select: { startDate: true, endDate: true, school: { select: names }, class: { select: { grade: true, letter: true } } },
    }),
    db.subgroupMember.findMany({ where, select: { subgroup: { select: { name: true, class: { select: { grade: true, letter: true } } } } } }),
    db.exemption.findMany({ where, select: { startDate: true, endDate: true, reason: true, subject: { select: names } } }),
  ]);
}

async function records(studentId: number) {
  const where = { studentId };
  return Promise.all([
    db.mark.findMany({
      where,
      orderBy: [{ lesson: { date: "asc" } }, { id: "asc" }],
      select: {
        value: true,
        isPending: true,
        comment: true,
        createdAt: true,
        updatedAt: true,
        lesson: { select: lessonOf },
        workKind: { select: { ...names, weight: true } },
        author: { select: personName },
      },
    }),
    db.attendance.findMany({
      where,
      orderBy: { lesson: { date: "asc" } },
      select: { comment: true, createdAt: true, updatedAt: true, lesson: { select: lessonOf }, absenceCode: { select: { ...names, kind: true } } },
    }),
    db.homeworkCompletion.findMany({
      where,
      orderBy: { doneAt: "asc" },
      select: { doneAt: true, homework: { select: { text: true, dueDate: true, lesson: { select: lessonOf } } } },
    }),
    db.finalMark.findMany({
      where,
      orderBy: [{ year: { startDate: "asc" } }, { period: "asc" }],
      select: {
        kind: true,
        period: true,
        status: true,
        value: true,
        average: true,
        suggested: true,
        isOverride: true,
        updatedAt: true,
        year: { select: { name: true } },
        subject: { select: names },
      },
    }),
  ]);
}

async function traces(studentId: number, login: string) {
  return Promise.all([
    db.auditEvent.findMany({
      where: { OR: [{ studentId }, { actorId: studentId }, { entityType: "User", entityId: String(studentId) }] },
      orderBy: { id: "asc" },
      select: { createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: personName } },
    }),
    db.notification.findMany({
      where: { userId: studentId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, payload: true, createdAt: true, readAt: true },
    }),
    db.diaryReadState.findMany({ where: { OR: [{ readerId: studentId }, { studentId }] }, select: { seenAt: true, readerId: true } }),
    db.loginAttempt.findMany({ where: { login }, orderBy: { createdAt: "asc" }, select: { createdAt: true, ip: true, isSuccess: true } }),
    db.parentLink.findMany({ where: { childId: studentId }, select: { parentId: true, relation: true, createdAt: true } }),
    // The sessions' devices and times; never their ids, which would let the reader act as the child.
    db.session.findMany({
      where: { userId: studentId },
      orderBy: { createdAt: "asc" },
      select: { device: true, createdAt: true, lastSeenAt: true, revokedAt: true },
    }),
  ]);
}

/** The child's devices with notifications on (no endpoint or keys: those are the push service's) and their choices. */
async function pushDevicesOf(studentId: number) {
  return Promise.all([
    db.pushSubscription.findMany({ where: { userId: studentId }, orderBy: { id: "asc" }, select: { label: true, createdAt: true } }),
    db.notificationPreference.findUnique({
      where: { userId: studentId },
      select: { events: true, quietFrom: true, quietTo: true, byEmail: true, updatedAt: true },
    }),
  ]);
}

/** The pupil's own message threads (with their teachers), the absences announced for them and the reasons given for absences. */
async function correspondence(studentId: number) {
  return Promise.all([
    db.$queryRaw<{ threadId: number; sentAt: Date; byChild: boolean; sender: string; body: string; files: string[] }[]>`
      SELECT m."threadId", m."createdAt" AS "sentAt", (m."senderId" = ${studentId}::int) AS "byChild",
        u."lastName" || ' ' || u."firstName" AS sender, m.body,
        coalesce((SELECT array_agg(f."fileName" ORDER BY f.id) FROM "MessageAttachment" f WHERE f."messageId" = m.id), '{}') AS files
      FROM "ThreadMember" tm JOIN "Message" m ON m."schoolId" = tm."schoolId" AND m."threadId" = tm."threadId" JOIN "User" u ON u.id = m."senderId"
      WHERE tm."userId" = ${studentId}::int ORDER BY m."threadId", m."createdAt", m.id`,
    db.absenceNotice.findMany({
      where: { studentId },
      orderBy: { startDate: "asc" },
      select: { startDate: true, endDate: true, reason: true, createdAt: true, acceptedAt: true },
    }),
    db.absenceExplanation.findMany({
      where: { studentId },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: { date: true, lessonIds: true, reason: true, fileName: true, status: true, createdAt: true, decidedAt: true },
    }),
  ]);
}

const lessonJson = (l: { date: Date; period: number; assignment: { subject: { nameRu: string; nameTt: string } } }) => ({
  date: day(l.date),
  period: l.period,
  subject: l.assignment.subject,
});

/** The document a parent downloads. `requesterId` marks which parent link is the reader's own. */
export async function buildChildExport(studentId: number, requesterId: number) {
  const profile = await profileOf(studentId);
  const [
    [enrolments, subgroups, exemptions],
    [marks, attendance, completions, finalMarks],
    [audit, notifications, readStates, logins, parents, devices],
    [messages, notices, explanations],
    [pushDevices, notificationChoices],
  ] = await Promise.all([schoolLife(studentId), records(studentId), traces(studentId, profile.login), correspondence(studentId), pushDevicesOf(studentId)]);
  const { roles, birthDate, ...rest } = profile;
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    profile: { ...rest, birthDate: day(birthDate), roles: roles.map((r) => ({ role: r.role, school: r.school, since: r.createdAt })) },
    // Other parents are named by nobody here: their names are their own data, not the child's.
    parents: parents.map((p) => ({ relation: p.relation, linkedAt: p.createdAt, isYou: p.parentId === requesterId })),
    enrolments: enrolments.map((e) => ({
      school: e.school,
      grade: e.class.grade,
      letter: e.class.letter,
      startDate: day(e.startDate),
      endDate: day(e.endDate),
    })),
    subgroups: subgroups.map((s) => ({ name: s.subgroup.name, grade: s.subgroup.class.grade, letter: s.subgroup.class.letter })),
    exemptions: exemptions.map((e) => ({ subject: e.subject, startDate: day(e.startDate), endDate: day(e.endDate), reason: e.reason })),
    marks: marks.map((m) => ({
      ...lessonJson(m.lesson),
      value: m.value,
      isPending: m.isPending,
      workKind: m.workKind,
      comment: m.comment,
      teacher: person(m.author),
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    attendance: attendance.map((a) => ({
      ...lessonJson(a.lesson),
      absence: a.absenceCode,
      comment: a.comment,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    homeworkCompletions: completions.map((c) => ({
      ...lessonJson(c.homework.lesson),
      homework: c.homework.text,
      dueDate: day(c.homework.dueDate),
      doneAt: c.doneAt,
    })),
    finalMarks: finalMarks.map((f) => ({ ...f, year: f.year.name })),
    auditEvents: audit.map((e) => ({ ...e, actor: person(e.actor), before: withoutSecrets(e.before), after: withoutSecrets(e.after) })),
    notifications,
    diaryReadStates: readStates.map((r) => ({ seenAt: r.seenAt, byChild: r.readerId === studentId })),
    signIns: logins,
    // Not "sessions": keys naming a session are dropped as secrets elsewhere in this document.
    devices: devices.map((d) => ({ device: d.device, signedInAt: d.createdAt, lastSeenAt: d.lastSeenAt, endedAt: d.revokedAt })),
    pushDevices,
    notificationChoices,
    messages,
    absenceNotices: notices.map((n) => ({ ...n, startDate: day(n.startDate), endDate: day(n.endDate) })),
    // The photo of a note is named here; the parent downloads it from the diary.
    absenceExplanations: explanations.map((x) => ({ ...x, date: day(x.date), lessonIds: x.lessonIds.map(String) })),
    // The identities the child signs in with (the provider and how it was linked), and which codes
    // were issued for them: never the code itself.
    signInIdentities: await db.externalIdentity.findMany({ where: { userId: studentId }, select: { issuer: true, method: true, createdAt: true } }),
    signInCodes: await db.accessCode.findMany({ where: { userId: studentId }, select: { kind: true, createdAt: true, expiresAt: true } }),
  };
}

export type TChildExport = Awaited<ReturnType<typeof buildChildExport>>;
