// Changing a password: a person with a one-time password sets their own, the policy is applied,
// and every earlier session ends.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveCellAction, setLessonTopicAction } from "@/lib/journal/actions";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { changePasswordAction } from "./actions";
import { hashPassword, verifyPassword } from "./password";

describe("changing one's password", () => {
  it("replaces a one-time password, clears the flag and ends the old sessions", async () => {
    const s = await createTestSchool(db);
    await db.user.update({ where: { id: s.teacher.id }, data: { passwordHash: await hashPassword("one-time-xyz"), mustChangePassword: true } });
    const result = await asUser(s.teacher, () =>
      changePasswordAction({ currentPassword: "one-time-xyz", newPassword: "Казань весной 2026", repeatPassword: "Казань весной 2026" }),
    );
    expect(result?.data).toEqual({ login: s.teacher.login });
    const user = await db.user.findUniqueOrThrow({
      where: { id: s.teacher.id },
      select: { passwordHash: true, mustChangePassword: true, sessionVersion: true, passwordChangedAt: true },
    });
    expect(user.mustChangePassword).toBe(false);
    expect(user.sessionVersion).toBe(s.teacher.sessionVersion + 1);
    expect(user.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash, "Казань весной 2026")).toBe(true);
    // The session that made the change is over too: the form signs in again with the new password.
    const stale = await asUser(s.teacher, () =>
      changePasswordAction({ currentPassword: "Казань весной 2026", newPassword: "another long one", repeatPassword: "another long one" }),
    );
    expect(stale?.serverError?.code).toBe("unauthenticated");
  });

  it("refuses a wrong current password, a short or login-like new one, and a mismatch, changing nothing", async () => {
    const s = await createTestSchool(db, { passwordHash: await hashPassword("the-current-one") });
    const attempt = (currentPassword: string, newPassword: string, repeatPassword = newPassword) =>
      asUser(s.teacher, () => changePasswordAction({ currentPassword, newPassword, repeatPassword }));
    expect((await attempt("wrong", "long enough pass"))?.validationErrors?.fieldErrors).toEqual({ currentPassword: ["auth:changePassword.wrongCurrent"] });
    expect((await attempt("the-current-one", "short"))?.validationErrors?.fieldErrors).toEqual({ newPassword: ["password.tooShort"] });
    expect((await attempt("the-current-one", `${s.teacher.login}-2026`))?.validationErrors?.fieldErrors).toEqual({ newPassword: ["password.sameAsLogin"] });
    expect((await attempt("the-current-one", "the-current-one"))?.validationErrors?.fieldErrors).toEqual({ newPassword: ["auth:changePassword.sameAsOld"] });
    expect((await attempt("the-current-one", "long enough pass", "long enough pas"))?.validationErrors?.fieldErrors).toEqual({
      repeatPassword: ["auth:changePassword.mismatch"],
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: s.teacher.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(user.passwordHash, "the-current-one")).toBe(true);
    expect(user.sessionVersion).toBe(0);
    expect(await db.loginAttempt.count({ where: { login: s.teacher.login, isSuccess: false } })).toBe(1);
  });

  it("leaves one who holds a one-time password no action but changing it, whatever they send", async () => {
    const s = await createTestSchool(db);
    await db.user.update({ where: { id: s.teacher.id }, data: { passwordHash: await hashPassword("one-time-xyz"), mustChangePassword: true } });
    const answer = s.workKinds.find((w) => w.code === "answer")!.id;
    const [lesson] = s.lessons;
    const forged = await asUser(s.teacher, () =>
      saveCellAction({
        assignmentId: s.assignmentId,
        lessonId: lesson.id,
        studentId: s.pupils[0].id,
        upsert: [{ key: "n1", value: 5, workKindId: answer, isPending: false, comment: null }],
        remove: [],
      }),
    );
    expect(forged?.serverError?.code).toBe("forbidden");
    const topic = await asUser(s.teacher, () => setLessonTopicAction({ lessonId: lesson.id, topic: "Дроби" }));
    expect(topic?.serverError?.code).toBe("forbidden");
    expect(await db.mark.count({ where: { schoolId: s.schoolId } })).toBe(0);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { topic: true } })).topic).toBeNull();
    const changed = await asUser(s.teacher, () =>
      changePasswordAction({ currentPassword: "one-time-xyz", newPassword: "Казань весной 2026", repeatPassword: "Казань весной 2026" }),
    );
    expect(changed?.data).toEqual({ login: s.teacher.login });
  });
});
