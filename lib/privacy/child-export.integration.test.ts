// A parent downloads everything Belem holds about their child (152-ФЗ), nobody
// else can, and the document carries no secret. The route is called for real, as a signed-in
// person (test/support/session.ts), on a real database.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/test/security/matrix/runner";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asAnonymous, asUser } from "@/test/support/session";
import { USER_REFERENCES } from "./child-export";

const ROUTE = { file: "app/api/export/child/[studentId]/route.ts", method: "GET", route: "/api/export/child/[studentId]" };
const exportOf = (studentId: number | string) => callRoute(ROUTE.file, ROUTE.method, ROUTE.route, { params: { studentId: String(studentId) } });
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function schoolWithRecords() {
  const s = await createTestSchool(db);
  const child = s.pupils[0];
  const [lesson] = s.lessons;
  await db.user.update({ where: { id: child.id }, data: { birthDate: d("2015-03-08"), email: "child@example.org" } });
  await db.mark.create({
    data: {
      schoolId: s.schoolId,
      lessonId: lesson.id,
      studentId: child.id,
      workKindId: s.workKinds[0].id,
      value: 5,
      comment: "Молодец",
      authorId: s.teacher.id,
    },
  });
  await db.mark.create({
    data: { schoolId: s.schoolId, lessonId: lesson.id, studentId: s.pupils[1].id, workKindId: s.workKinds[0].id, value: 2, authorId: s.teacher.id },
  });
  await db.attendance.create({
    data: { schoolId: s.schoolId, lessonId: s.lessons[1].id, studentId: child.id, absenceCodeId: s.absenceCodes[1].id, authorId: s.teacher.id },
  });
  const hw = await db.homework.create({
    data: { schoolId: s.schoolId, lessonId: lesson.id, dueDate: d("2026-11-24"), text: "Упражнение 7", createdById: s.teacher.id },
  });
  await db.homeworkCompletion.create({ data: { schoolId: s.schoolId, homeworkId: hw.id, studentId: child.id } });
  await db.finalMark.create({
    data: {
      schoolId: s.schoolId,
      yearId: s.yearId,
      termId: s.terms[0].id,
      kind: "TERM",
      period: 1,
      studentId: child.id,
      subjectId: s.subjectId,
      value: 4,
      average: 4.2,
      suggested: 4,
      authorId: s.teacher.id,
    },
  });
  await db.auditEvent.create({
    data: {
      schoolId: s.schoolId,
      actorId: s.teacher.id,
      action: "mark.create",
      entityType: "Mark",
      studentId: child.id,
      lessonId: lesson.id,
      after: { value: 5 },
    },
  });
  await db.auditEvent.create({
    data: {
      schoolId: s.schoolId,
      actorId: s.admin.id,
      action: "user.resetPassword",
      entityType: "User",
      entityId: String(child.id),
      after: { passwordHash: "$argon2id$leak", note: "ok" },
    },
  });
  return { s, child };
}

describe("a parent's download of their child's data", () => {
  it("holds the profile, enrolments, marks, attendance, homework, final marks and audit events, and no secret", async () => {
    const { s, child } = await schoolWithRecords();
    const response = await asUser(s.parent, () => exportOf(child.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="belem-\d+-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ id: child.id, login: child.login, firstName: child.firstName, birthDate: "2015-03-08", email: "child@example.org" });
    expect(data.enrolments).toEqual([expect.objectContaining({ grade: 5, letter: "А", startDate: "2026-09-01", endDate: null })]);
    expect(data.marks).toEqual([
      expect.objectContaining({ date: "2026-11-23", value: 5, comment: "Молодец", subject: { nameRu: "Математика", nameTt: "Математика" } }),
    ]);
    expect(data.attendance).toEqual([expect.objectContaining({ date: "2026-11-24", absence: expect.objectContaining({ kind: "ILLNESS" }) })]);
    expect(data.homeworkCompletions).toEqual([expect.objectContaining({ homework: "Упражнение 7" })]);
    expect(data.finalMarks).toEqual([expect.objectContaining({ kind: "TERM", period: 1, value: 4, year: "2026/2027" })]);
    expect(data.auditEvents.map((e: { action: string }) => e.action)).toEqual(["mark.create", "user.resetPassword"]);
    expect(data.parents).toEqual([expect.objectContaining({ isYou: true })]);
    // Secrets and classmates stay out.
    expect(text).not.toMatch(/argon2|passwordHash|sessionVersion/);
    expect(data.auditEvents[1].after).toEqual({ note: "ok" });
    expect(text).not.toContain(s.pupils[1].firstName);
  });

  it("is recorded in the audit log", async () => {
    const { s, child } = await schoolWithRecords();
    await asUser(s.parent, () => exportOf(child.id));
    const events = await db.auditEvent.findMany({
      where: { action: "privacy.export", schoolId: s.schoolId },
      select: { actorId: true, studentId: true, schoolId: true },
    });
    expect(events).toEqual([{ actorId: s.parent.id, studentId: child.id, schoolId: s.schoolId }]);
  });

  it("is refused with 404 to staff, to the pupil, to strangers and to nobody, as for an id nobody has", async () => {
    const { s, child } = await schoolWithRecords();
    const nobodyHas = await (await asUser(s.parent, () => exportOf(2_000_000_000))).text();
    for (const who of [s.admin, s.teacher, s.homeroom, child, s.pupils[1]]) {
      const response = await asUser(who, () => exportOf(child.id));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(nobodyHas);
    }
    expect((await asAnonymous(() => exportOf(child.id))).status).toBe(404);
    for (const bad of ["abc", "-1", "1e3", "99999999999", "1 OR 1=1"]) expect((await asUser(s.parent, () => exportOf(bad))).status).toBe(404);
  });

  it("gives a teacher who is also a parent their own child only, not any pupil of their school", async () => {
    const { s, child } = await schoolWithRecords();
    const teacherParent = await createPerson(db, s.schoolId, ["TEACHER", "PARENT"], "Учитель");
    await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: teacherParent.id, childId: s.pupils[1].id } });
    expect((await asUser(teacherParent, () => exportOf(s.pupils[1].id))).status).toBe(200);
    expect((await asUser(teacherParent, () => exportOf(child.id))).status).toBe(404);
  });

  it("accounts for every column of the data model that points at a person", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const references: string[] = [];
    for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      for (const [, fields] of body.matchAll(/^\s+\w+\s+User\??\s+@relation\([^)]*fields: \[(\w+)\]/gm)) references.push(`${model}.${fields}`);
    }
    expect(references.length).toBeGreaterThan(10);
    expect(references.sort()).toEqual(Object.keys(USER_REFERENCES).sort());
  });
});
