// Logs carry no passwords, tokens or children's names. Everything written to
// stderr and stdout is captured while people sign in (rightly and wrongly), use the diary, download
// a child's data and hit errors whose messages hold a child's name; then the capture is searched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { markDiaryReadAction } from "@/lib/diary/actions";
import { setHomeworkDoneAction } from "@/lib/homework/completion-actions";
import { callRoute } from "@/test/security/matrix/runner";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { signInThroughNextAuth } from "@/test/support/sign-in";
import { describeError, log } from "./log";

const CHILD_PASSWORD = "Пароль-ребёнка-7391";
const WRONG_PASSWORD = "Неверный-пароль-5512";
const captured: string[] = [];
const originals = { out: process.stdout.write, err: process.stderr.write, log: console.log, error: console.error, warn: console.warn, info: console.info };

beforeAll(() => {
  const grab = (chunk: unknown) => {
    captured.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    return true;
  };
  process.stdout.write = grab as typeof process.stdout.write;
  process.stderr.write = grab as typeof process.stderr.write;
  for (const level of ["log", "error", "warn", "info"] as const) console[level] = (...args: unknown[]) => void grab(`${args.map(String).join(" ")}\n`);
});

afterAll(() => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  Object.assign(console, { log: originals.log, error: originals.error, warn: originals.warn, info: originals.info });
});

describe("the logs", () => {
  it("hold no password, token or child's name after sign-ins, diary use, a data download and failures", async () => {
    const s = await createTestSchool(db, { passwordHash: await hashPassword(CHILD_PASSWORD) });
    const child = s.pupils[0];
    const childNames = await db.user.findUniqueOrThrow({ where: { id: child.id }, select: { firstName: true, lastName: true } });
    await db.user.update({ where: { id: child.id }, data: { middleName: "Отчество-ребёнка" } });
    const hw = await db.homework.create({
      data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, dueDate: new Date("2026-11-24T00:00:00Z"), text: "№ 5", createdById: s.teacher.id },
    });

    const ok = await signInThroughNextAuth(child.login, CHILD_PASSWORD, "10.9.0.1");
    const bad = await signInThroughNextAuth(child.login, WRONG_PASSWORD, "10.9.0.1");
    await signInThroughNextAuth(`${childNames.firstName}-unknown`, WRONG_PASSWORD, "10.9.0.1");
    expect(ok.session?.value).toBeTruthy();
    expect(bad.error).toBe("invalid");

    await asUser(child, () => markDiaryReadAction({ studentId: child.id, upTo: new Date().toISOString() }));
    await asUser(child, () => setHomeworkDoneAction({ homeworkId: hw.id, isDone: true }));
    await asUser(s.parent, () =>
      callRoute("app/api/export/child/[studentId]/route.ts", "GET", "/api/export/child/[studentId]", { params: { studentId: String(child.id) } }),
    );
    // A query that fails with the child's name in its arguments, logged as an action failure is.
    const failure = await db.user
      .create({ data: { login: child.login, passwordHash: "x", firstName: childNames.firstName, lastName: childNames.lastName } })
      .catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    log.error("action failed", { action: "test.createUser", requestId: "req-1", error: failure, password: CHILD_PASSWORD, sessionToken: ok.session?.value });
    const validation = await db.user.create({ data: { login: 5, firstName: childNames.firstName } as never }).catch((e: Error) => e);
    // Prisma prints the arguments of an invalid query in its message: the name is there to leak.
    expect((validation as Error).message).toContain(childNames.firstName);
    log.error("action failed", { action: "test.invalid", requestId: "req-2", error: validation });

    const text = captured.join("");
    expect(text, "the failures were logged at all").toContain('"requestId":"req-1"');
    expect(text).toContain('"requestId":"req-2"');
    for (const secret of [CHILD_PASSWORD, WRONG_PASSWORD, ok.session?.value as string, ok.csrfToken, process.env.NEXTAUTH_SECRET as string]) {
      expect(text, "a secret reached the logs").not.toContain(secret);
    }
    for (const name of [childNames.firstName, childNames.lastName, "Отчество-ребёнка"])
      expect(text, `the child's name ${name} reached the logs`).not.toContain(name);
  });

  it("describe an error by kind, code and a masked first line, and keep its stack frames", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "User_login_key"\nKey (login)=(ivanov-petya) already exists.'), {
      code: "23505",
    });
    const described = describeError(error);
    expect(described).toMatchObject({ name: "Error", code: "23505", message: "duplicate key value violates unique constraint …" });
    expect(JSON.stringify(described)).not.toContain("ivanov-petya");
    expect((described.stack as string[])[0]).toMatch(/^at /);
  });
});
