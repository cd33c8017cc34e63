// Authorization, sign-in limits, stored text and privacy as a person meets them in the production build: throttled sign-in
// says so in Russian and Tatar; a deactivated account cannot sign in; a password change elsewhere
// ends this session; a stored <script> in a topic or homework is shown as text; a parent
// downloads their child's data, nobody else can; and every page that takes an id answers "not
// found" to every demo role for an id from another school, naming nobody from it.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { addDays, schoolToday, startOfWeek } from "../lib/i18n/dates";
import ruAuth from "../locales/ru/auth.json" with { type: "json" };
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_LOGINS, signIn, switchLanguage } from "./helpers";

const monday = startOfWeek(schoolToday());
const lessonDates = [monday, addDays(monday, 1), addDays(monday, 2)];
const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
// The form's message (Next's route announcer is a role="alert" too).
const formAlert = (page: Page) => page.locator("form").getByRole("alert");
let school: Awaited<ReturnType<typeof createE2ESchool>>;
let foreign: Awaited<ReturnType<typeof createE2ESchool>>;

test.beforeAll(async () => {
  assertLocalDatabase();
  [school, foreign] = [await createE2ESchool({ lessonDates }), await createE2ESchool({ lessonDates })];
  await withE2EDb(async (db) => {
    const [lesson] = school.lessons;
    await db.lesson.update({ where: { id: lesson.id }, data: { topic: `Тема ${XSS}` } });
    await db.homework.create({
      data: {
        schoolId: school.schoolId,
        lessonId: lesson.id,
        dueLessonId: school.lessons[1].id,
        dueDate: school.lessons[1].date,
        text: `Д/з ${XSS}`,
        createdById: school.teacher.id,
      },
    });
    // A conversation in the other school between its teacher and a parent there.
    const members = [foreign.teacher.id, foreign.parent.id];
    const thread = await db.messageThread.create({
      data: {
        schoolId: foreign.schoolId,
        createdById: foreign.teacher.id,
        members: { create: members.map((userId) => ({ schoolId: foreign.schoolId, userId })) },
        messages: { create: { schoolId: foreign.schoolId, senderId: foreign.teacher.id, body: `Сообщение ${foreign.parent.firstName}` } },
      },
    });
    foreignThreadId = thread.id;
  });
});

test.describe("signing in", () => {
  // Each test (and each retry) signs in from an address of its own, so its failures throttle
  // neither the rest of the suite, which signs in from localhost, nor the next test here.
  let ip = "";
  test.beforeEach(async ({ page }, info) => {
    ip = `203.0.113.${(info.line % 200) + info.retry + 1}`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  });

  /** Twelve recent failures of the login from this test's address: it must wait about four minutes there. */
  const throttle = (login: string) =>
    withE2EDb((db) => db.loginAttempt.createMany({ data: Array.from({ length: 12 }, () => ({ login, ip, isSuccess: false })) }));

  test("a throttled login is told how long to wait", async ({ page }) => {
    const login = school.otherTeacher.login;
    await throttle(login);
    await page.goto("/login");
    await page.getByLabel("Логин").fill(login);
    await page.getByLabel("Пароль").fill("belem-demo");
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await expect(formAlert(page)).toHaveText(/^Слишком много попыток входа\. Попробуйте через \d+ секунд[уы]?\.$/);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a throttled login is told how long to wait in Tatar too, in a browser set to Russian", async ({ page }) => {
    const login = school.homeroom.login;
    await throttle(login);
    await page.goto("/login");
    await switchLanguage(page, "tt");
    await page.getByLabel("Логин").fill(login);
    await page.getByLabel("Серсүз").fill("belem-demo");
    await page.getByRole("button", { name: "Керү", exact: true }).click();
    await expect(formAlert(page)).toHaveText(/^Керергә артык күп омтылыш\. \d+ секундтан соң карагыз\.$/);
    await switchLanguage(page, "ru");
  });

  test("a deactivated account cannot sign in, and hears the same as for a wrong password", async ({ page }) => {
    const person = school.pupils[2];
    await withE2EDb((db) => db.user.update({ where: { id: person.id }, data: { isActive: false } }));
    await page.goto("/login");
    await page.getByLabel("Логин").fill(person.login);
    await page.getByLabel("Пароль").fill("belem-demo");
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await expect(formAlert(page)).toHaveText(ruAuth.invalidCredentials);
    await expect(page).toHaveURL(/\/login/);
  });
});

test("a password change elsewhere ends this session at the next click", async ({ page }) => {
  await signIn(page, school.parent.login);
  await expect(page).not.toHaveURL(/\/login/);
  // What changing the password on another device does to the account.
  await withE2EDb((db) => db.user.update({ where: { id: school.parent.id }, data: { sessionVersion: { increment: 1 } } }));
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});

test("a <script> stored in a topic or homework is shown as text to the pupil and the teacher, never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, school.pupils[0].login);
  await expect(page.getByText(`Тема ${XSS}`).first()).toBeVisible();
  await expect(page.getByText(`Д/з ${XSS}`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.goto(`/diary/${school.pupils[0].id}/homework`);
  await expect(page.getByText(`Д/з ${XSS}`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await signInAs(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}`);
  // The journal shows the topic in the lesson button's title: as an attribute value, escaped.
  await expect(page.locator('[title*="<script>window.__xss=1</script>"]').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("a parent downloads their child's data as JSON; a teacher of the school and a stranger get 404", async ({ page }) => {
  const child = school.pupils[0];
  await signIn(page, school.parent.login);
  const own = await page.request.get(`/api/export/child/${child.id}`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(own.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  const data = await own.json();
  expect(data.profile).toMatchObject({ id: child.id, firstName: child.firstName });
  expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash/);
  expect((await page.request.get(`/api/export/child/${foreign.pupils[0].id}`)).status()).toBe(404);
  await signInAs(page, school.teacher.login);
  expect((await page.request.get(`/api/export/child/${child.id}`)).status()).toBe(404);
});

/** Signs in as someone else on the same page: the login page sends a signed-in person home. */
async function signInAs(page: Page, login: string) {
  await page.context().clearCookies();
  await signIn(page, login);
}

/** An id of the other school for each kind of id a page takes. */
const FOREIGN_IDS: Record<string, () => number> = {
  studentId: () => foreign.pupils[0].id,
  assignmentId: () => foreign.assignmentId,
  classId: () => foreign.classId,
  userId: () => foreign.teacher.id,
  threadId: () => foreignThreadId,
};
let foreignThreadId = 0;

function dynamicPages(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return dynamicPages(path);
    return e.name === "page.tsx" && path.includes("[") ? [relative("app", dir)] : [];
  });
}

test("every page that takes an id answers 'not found' to every role for another school's, naming nobody", async ({ page }) => {
  const pages = dynamicPages().map(
    (p) =>
      `/${p
        .split("/")
        .filter((seg) => !/^\(.*\)$/.test(seg))
        .join("/")}`,
  );
  const params = [...new Set(pages.flatMap((p) => [...p.matchAll(/\[(\w+)\]/g)].map((m) => m[1])))];
  expect(
    params.filter((p) => !FOREIGN_IDS[p]),
    "page parameters with no foreign id to try",
  ).toEqual([]);
  const names = [foreign.pupils[0], foreign.teacher, foreign.admin, foreign.parent].flatMap((p) => [p.firstName, p.login]);
  for (const role of Object.values(DEMO_LOGINS)) {
    await signInAs(page, role);
    for (const route of pages) {
      const url = route.replace(/\[(\w+)\]/g, (_, name: string) => String(FOREIGN_IDS[name]()));
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), `${role} ${url}`).toBe(404);
      const body = await response.text();
      for (const n of names) expect(body, `${role} ${url} names someone of the other school`).not.toContain(n);
    }
  }
});
