// A teacher who is also a parent chooses which role they wear: "/" then sends them to that role's
// home, on every later request from the same browser; a role they do not hold is refused (and a
// forged cookie ignored) and changes nothing; and the choice is never a permission: wearing the
// parent's role, they still mark their class's journal.
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveCellAction } from "@/lib/journal/actions";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { requestStore } from "@/test/support/request-context";
import { sessionCookie } from "@/test/support/session";
import { cellInput } from "@/test/support/statements";
import { chooseRoleAction } from "./actions";
import { chosenRole, homeOf, ROLE_COOKIE } from "./role-choice";

let s: TTestSchool;

beforeAll(async () => {
  s = await createTestSchool(db);
  // The subject teacher is also the parent of the second pupil.
  await db.userRole.create({ data: { userId: s.teacher.id, role: "PARENT", schoolId: s.schoolId } });
  await db.parentLink.create({ data: { schoolId: s.schoolId, parentId: s.teacher.id, childId: s.pupils[1].id } });
});

/** One browser: its cookie jar outlives each request, as a reload does. */
function browser(person: { id: number }) {
  const jar = new Map<string, string>();
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    jar.set("next-auth.session-token", await sessionCookie(person));
    return requestStore.run({ cookies: jar, headers: new Headers() }, fn);
  };
}

const home = () => requireUser().then(homeOf);

describe("the role a teacher who is also a parent wears", () => {
  it("starts as the teacher, and after choosing the parent's role '/' sends them to the diary, on every later request", async () => {
    const tab = browser(s.teacher);
    expect(await tab(home)).toBe("/lessons");
    const result = await tab(() => chooseRoleAction({ role: "PARENT" }));
    expect(result?.data).toEqual({ role: "PARENT", home: "/diary" });
    expect(await tab(home)).toBe("/diary");
    expect(await tab(async () => chosenRole(await requireUser()))).toBe("PARENT");
    expect(await tab(() => chooseRoleAction({ role: "TEACHER" }))).toMatchObject({ data: { role: "TEACHER", home: "/lessons" } });
    expect(await tab(home)).toBe("/lessons");
  });

  it("refuses a role they do not hold with a translated error, and the choice stays as it was", async () => {
    const tab = browser(s.teacher);
    await tab(() => chooseRoleAction({ role: "PARENT" }));
    for (const role of ["SCHOOL_ADMIN", "REGION_ADMIN", "STUDENT"] as const) {
      const result = await tab(() => chooseRoleAction({ role }));
      expect(result?.serverError?.code).toBe("role_not_held");
      expect(result?.data).toBeUndefined();
    }
    const invalid = await tab(() => chooseRoleAction({ role: "GOD" as never }));
    expect(invalid?.validationErrors).toBeDefined();
    expect(await tab(home)).toBe("/diary");
  });

  it("ignores a forged cookie: a role they do not hold, or another person's choice", async () => {
    const forged = async (value: string) => {
      const token = await sessionCookie(s.teacher);
      const cookies = new Map([
        ["next-auth.session-token", token],
        [ROLE_COOKIE, value],
      ]);
      return requestStore.run({ cookies, headers: new Headers() }, home);
    };
    expect(await forged(`${s.teacher.id}:PARENT`)).toBe("/diary");
    expect(await forged(`${s.teacher.id}:SCHOOL_ADMIN`)).toBe("/lessons");
    expect(await forged(`${s.parent.id}:PARENT`)).toBe("/lessons");
    expect(await forged("PARENT")).toBe("/lessons");
  });

  it("refuses anyone signed out", async () => {
    const result = await requestStore.run({ cookies: new Map(), headers: new Headers() }, () => chooseRoleAction({ role: "PARENT" }));
    expect(result?.serverError?.code).toBe("unauthenticated");
  });

  it("is not a permission: wearing the parent's role, the teacher still marks their journal", async () => {
    const tab = browser(s.teacher);
    await tab(() => chooseRoleAction({ role: "PARENT" }));
    const answer = s.workKinds.find((w) => w.code === "answer")?.id as number;
    const result = await tab(() => saveCellAction(cellInput(s, { upsert: [{ key: "n1", value: 5, workKindId: answer, isPending: false, comment: null }] })));
    expect(result?.serverError).toBeUndefined();
    expect(await db.mark.count({ where: { schoolId: s.schoolId, lessonId: s.lessons[0].id, studentId: s.pupils[0].id } })).toBe(1);
  });

  it("a person with one role keeps their home", async () => {
    const tab = browser(s.parent);
    expect(await tab(home)).toBe("/diary");
    expect((await tab(() => chooseRoleAction({ role: "TEACHER" })))?.serverError?.code).toBe("role_not_held");
    expect(await tab(home)).toBe("/diary");
  });
});
