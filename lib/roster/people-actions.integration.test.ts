// People as an administrator manages them: accounts with one-time passwords, roles, deactivation
// that ends sessions, enrolment, a transfer mid-year that keeps every mark, parents.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { getClassDetail } from "@/lib/school/structure-queries";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { endEnrolmentAction, enrolAction, linkParentAction, transferAction, unlinkParentAction } from "./enrolment-actions";
import { createPersonAction, resetPasswordAction, setPersonActiveAction, updatePersonAction } from "./people-actions";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const person = { lastName: "Сафина", firstName: "Гөлнара", middleName: "Ринатовна", birthDate: "", email: "", phone: "", login: "" };

describe("creating people", () => {
  it("creates a teacher with a login from the name and a one-time password that must be changed", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => createPersonAction({ ...person, role: "TEACHER" }));
    expect(result?.validationErrors).toBeUndefined();
    const { userId, login, password } = result!.data!;
    expect(login).toMatch(/^safina\.gr\d*$/);
    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { passwordHash: true, mustChangePassword: true, roles: { select: { role: true, schoolId: true } } },
    });
    expect(user.mustChangePassword).toBe(true);
    expect(user.roles).toEqual([{ role: "TEACHER", schoolId: s.schoolId }]);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(user.passwordHash).not.toContain(password);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "person.create", entityId: String(userId) } })).toBe(1);
  });

  it("refuses a login that is taken, on the login field, and creates no one", async () => {
    const s = await createTestSchool(db);
    const before = await db.user.count();
    const result = await asUser(s.admin, () => createPersonAction({ ...person, role: "TEACHER", login: s.teacher.login }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ login: ["admin:validation.loginTaken"] });
    expect(await db.user.count()).toBe(before);
  });

  it("reports every missing field at once", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => createPersonAction({ ...person, lastName: " ", firstName: "", email: "not-an-email", role: "STUDENT" }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ lastName: ["field.required"], firstName: ["field.required"], email: ["field.invalid_format"] });
  });

  it("enrols a new pupil in a class at once", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => createPersonAction({ ...person, role: "STUDENT", classId: s.classId, startDate: "2026-11-02" }));
    const enrolments = await db.enrolment.findMany({ where: { studentId: result!.data!.userId }, select: { classId: true, startDate: true, endDate: true } });
    expect(enrolments).toEqual([{ classId: s.classId, startDate: d("2026-11-02"), endDate: null }]);
  });
});

describe("editing people", () => {
  it("adds a role and keeps the administrator from removing their own", async () => {
    const s = await createTestSchool(db);
    const base = { ...person, lastName: s.teacher.lastName, firstName: s.teacher.firstName, login: s.teacher.login };
    const ok = await asUser(s.admin, () => updatePersonAction({ ...base, userId: s.teacher.id, roles: ["TEACHER", "PARENT"] }));
    expect(ok?.data).toEqual({ userId: s.teacher.id });
    const roles = await db.userRole.findMany({ where: { userId: s.teacher.id }, select: { role: true }, orderBy: { role: "asc" } });
    expect(roles.map((r) => r.role).sort()).toEqual(["PARENT", "TEACHER"]);
    const own = await asUser(s.admin, () =>
      updatePersonAction({ ...person, lastName: "Админ", firstName: "А", login: s.admin.login, userId: s.admin.id, roles: ["TEACHER"] }),
    );
    expect(own?.validationErrors?.fieldErrors).toEqual({ roles: ["admin:validation.ownAdminRole"] });
  });

  it("deactivates a person, whose session then ends, and never deletes them", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => setPersonActiveAction({ userId: s.teacher.id, isActive: false }));
    expect(result?.data).toEqual({ userId: s.teacher.id, isActive: false });
    const user = await db.user.findUniqueOrThrow({ where: { id: s.teacher.id }, select: { isActive: true, sessionVersion: true } });
    expect(user).toEqual({ isActive: false, sessionVersion: s.teacher.sessionVersion + 1 });
    // The teacher's old session no longer counts.
    const asTeacher = await asUser(s.teacher, () => setPersonActiveAction({ userId: s.teacher.id, isActive: true }));
    expect(asTeacher?.serverError?.code).toBe("unauthenticated");
  });

  it("issues a new one-time password and ends the old sessions", async () => {
    const s = await createTestSchool(db);
    const result = await asUser(s.admin, () => resetPasswordAction({ userId: s.pupils[0].id }));
    const user = await db.user.findUniqueOrThrow({
      where: { id: s.pupils[0].id },
      select: { passwordHash: true, mustChangePassword: true, sessionVersion: true },
    });
    expect(await verifyPassword(user.passwordHash, result!.data!.password)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
    expect(user.sessionVersion).toBe(1);
  });

  it("does not touch a person of another school", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const result = await asUser(s.admin, () => setPersonActiveAction({ userId: other.teacher.id, isActive: false }));
    expect(result?.serverError?.code).toBe("not_found");
    expect((await db.user.findUniqueOrThrow({ where: { id: other.teacher.id }, select: { isActive: true } })).isActive).toBe(true);
  });
});

describe("enrolment and transfer", () => {
  it("transfers a pupil mid-year: marks stay with their lessons and the old class keeps its history", async () => {
    const s = await createTestSchool(db, { lessonDates: ["2026-11-09", "2026-11-10", "2026-11-11"] });
    const pupil = s.pupils[1];
    const classB = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "Б" }, select: { id: true } });
    const marks = await Promise.all(
      s.lessons.map((l, i) =>
        db.mark.create({
          data: { schoolId: s.schoolId, lessonId: l.id, studentId: pupil.id, workKindId: s.workKinds[0].id, value: 3 + i, authorId: s.teacher.id },
          select: { id: true, lessonId: true, value: true },
        }),
      ),
    );
    const refused = await asUser(s.admin, () => transferAction({ studentId: pupil.id, classId: classB.id, date: "2026-09-01" }));
    expect(refused?.validationErrors?.fieldErrors).toEqual({ date: ["admin:validation.transferBeforeStart"] });

    const result = await asUser(s.admin, () => transferAction({ studentId: pupil.id, classId: classB.id, date: "2026-11-16" }));
    expect(result?.validationErrors).toBeUndefined();
    const enrolments = await db.enrolment.findMany({
      where: { studentId: pupil.id },
      orderBy: { startDate: "asc" },
      select: { classId: true, startDate: true, endDate: true },
    });
    expect(enrolments).toEqual([
      { classId: s.classId, startDate: d("2026-09-01"), endDate: d("2026-11-15") },
      { classId: classB.id, startDate: d("2026-11-16"), endDate: null },
    ]);
    const after = await db.mark.findMany({ where: { studentId: pupil.id }, orderBy: { id: "asc" }, select: { id: true, lessonId: true, value: true } });
    expect(after).toEqual([...marks].sort((x, y) => (x.id < y.id ? -1 : 1)));
    // Today (25 Nov) the pupil is in 5 «Б», not in 5 «А».
    const [a, b] = await Promise.all([getClassDetail(s.schoolId, s.classId), getClassDetail(s.schoolId, classB.id)]);
    expect(a!.pupils.map((p) => p.id)).not.toContain(pupil.id);
    expect(b!.pupils.map((p) => p.id)).toEqual([pupil.id]);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "enrolment.transfer", studentId: pupil.id } })).toBe(1);
  });

  it("refuses to enrol a pupil who is in a class, and enrols one who left", async () => {
    const s = await createTestSchool(db);
    const pupil = s.pupils[2];
    const twice = await asUser(s.admin, () => enrolAction({ studentId: pupil.id, classId: s.classId, startDate: "2026-11-20" }));
    expect(twice?.validationErrors?.fieldErrors).toEqual({ classId: ["admin:validation.alreadyEnrolled"] });
    await asUser(s.admin, () => endEnrolmentAction({ studentId: pupil.id, endDate: "2026-11-13" }));
    const back = await asUser(s.admin, () => enrolAction({ studentId: pupil.id, classId: s.classId, startDate: "2026-11-20" }));
    expect(back?.data?.enrolmentId).toBeGreaterThan(0);
    expect(await db.enrolment.count({ where: { studentId: pupil.id } })).toBe(2);
  });

  it("links and unlinks a parent, refusing a parent of another school", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const foreign = await asUser(s.admin, () => linkParentAction({ parentId: other.parent.id, childId: s.pupils[1].id, relation: "" }));
    expect(foreign?.validationErrors?.fieldErrors).toEqual({ parentId: ["field.invalid_value"] });
    const linked = await asUser(s.admin, () => linkParentAction({ parentId: s.parent.id, childId: s.pupils[1].id, relation: "мама" }));
    expect(await db.parentLink.count({ where: { parentId: s.parent.id } })).toBe(2);
    const again = await asUser(s.admin, () => linkParentAction({ parentId: s.parent.id, childId: s.pupils[1].id, relation: "" }));
    expect(again?.validationErrors?.fieldErrors).toEqual({ parentId: ["admin:validation.alreadyLinked"] });
    await asUser(s.admin, () => unlinkParentAction({ linkId: linked!.data!.linkId }));
    expect(await db.parentLink.count({ where: { parentId: s.parent.id } })).toBe(1);
  });
});
