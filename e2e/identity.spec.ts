// Signing in through the region's identity provider and accounts families make themselves, in
// Chromium against the real test provider (oidc-provider, started by scripts/test.ts before the
// app): a teacher links with an invitation code once and then comes straight in; a parent signs
// up with a parent code and sees the child's diary, adds a second child with a second code, and
// loses that child at the next click when the school revokes the link; a child signs in on their
// own device with the one-time code a parent shows.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { createE2ESchool } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
// Several people sign in per test (Argon2 on purpose slow, a shared machine slower still).
test.setTimeout(240_000);

let school: Awaited<ReturnType<typeof createE2ESchool>>;
const run = Date.now().toString(36);
const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: 2 });
});

async function asAdmin<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, school.admin.login);
    await expect(page).toHaveURL(/\/school/, { timeout: 30_000 });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** The school's printed code for a person: invitation (with the login) or a pupil's parent code. */
async function issueCode(page: Page, userId: number, kind: "invitation" | "parent-code") {
  await page.goto(`/school/people/${userId}`);
  await page.getByRole("button", { name: kind === "invitation" ? "Выдать приглашение" : "Выдать код для родителей" }).click();
  const code = (await page.getByTestId(`${kind}-value`).textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return code;
}

/** The provider's own login page: any login is accepted and becomes the identity's subject. */
async function signInAtProvider(page: Page, subject: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Вход через Тестовый провайдер" }).click();
  // The button first asks next-auth for the provider's address: wait until the browser is there.
  await page.waitForURL((url) => url.pathname.startsWith("/interaction/"), { timeout: 30_000 });
  await page.locator("input[name=login]").fill(subject);
  await page.locator("input[name=password]").fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a teacher signs in through the provider with an invitation code, and next time directly", async ({ browser }) => {
  const code = await asAdmin(browser, (page) => issueCode(page, school.teacher.id, "invitation"));
  const subject = `teacher-${run}`;

  const first = await browser.newContext();
  const page = await first.newPage();
  await signInAtProvider(page, subject);
  await expect(page).toHaveURL(/\/link$/);
  await expect(page.getByRole("heading", { name: "Первый вход через региональную систему" })).toBeVisible();
  // A wrong code links nothing.
  await page.getByLabel("Код", { exact: true }).fill("AAAA-BBBB-CCCC");
  await page.getByRole("button", { name: "Связать" }).click();
  await expect(page.getByText("Код неверен, уже использован или истёк.")).toBeVisible();
  await page.getByLabel("Код", { exact: true }).fill(code.toLowerCase());
  await page.getByRole("button", { name: "Связать" }).click();
  await expect(page).toHaveURL(/\/lessons/, { timeout: 30_000 });
  await first.close();

  // Next time, in a fresh browser: the provider's login, and straight in.
  const second = await browser.newContext();
  const again = await second.newPage();
  await signInAtProvider(again, subject);
  await expect(again).toHaveURL(/\/lessons/, { timeout: 30_000 });
  await second.close();

  // The invitation was good once.
  const third = await browser.newContext();
  const other = await third.newPage();
  await signInAtProvider(other, `someone-else-${run}`);
  await expect(other).toHaveURL(/\/link$/);
  await other.getByLabel("Код", { exact: true }).fill(code);
  await other.getByRole("button", { name: "Связать" }).click();
  await expect(other.getByText("Код неверен, уже использован или истёк.")).toBeVisible();
  await third.close();
});

test("a parent signs up with a parent code, adds a second child, and loses one at the next click when the link is revoked", async ({ browser }) => {
  const [first, second] = school.pupils;
  const [code1, code2] = await asAdmin(browser, async (page) => [
    await issueCode(page, first.id, "parent-code"),
    await issueCode(page, second.id, "parent-code"),
  ]);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Я родитель: создать учётную запись по коду" }).click();
  await page.getByLabel("Код для родителей").fill(code1);
  await page.getByLabel("Фамилия").fill("Родителева");
  await page.getByLabel("Имя").fill("Алсу");
  await page.getByLabel("Логин").fill(`alsu-${run}`);
  await page.getByLabel("Пароль", { exact: true }).fill("Семья-Казань-2026");
  await page.getByLabel("Новый пароль ещё раз").fill("Семья-Казань-2026");
  await page.getByRole("button", { name: "Создать учётную запись" }).click();
  await expect(page).toHaveURL(new RegExp(`/diary/${first.id}`), { timeout: 30_000 });
  await expect(page.getByTestId("diary-owner")).toContainText(name(first));

  await page.getByRole("link", { name: "Добавить ребёнка по коду" }).click();
  await page.getByLabel("Код для родителей").fill(code2);
  await page.getByRole("button", { name: "Добавить", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}`));
  await expect(page.getByTestId("diary-owner")).toContainText(name(second));

  // The school sees how and when, and revokes the second child's link.
  await asAdmin(browser, async (admin) => {
    await admin.goto(`/school/people/${second.id}`);
    const row = admin.getByTestId("parents").getByRole("listitem").filter({ hasText: "Родителева" });
    await expect(row.getByTestId("parent-link-how")).toContainText("родитель добавил ребёнка по коду");
    await row.getByRole("button", { name: "Отвязать" }).click();
    await expect(admin.getByTestId("parents")).not.toContainText("Родителева");
  });

  // The parent's next click on that child's diary finds nothing; the first child stays.
  await page.getByRole("link", { name: "Оценки" }).click();
  await expect(page.getByTestId("diary-owner")).toHaveCount(0);
  await page.goto("/diary");
  await expect(page).toHaveURL(new RegExp(`/diary/${first.id}`));
  await context.close();
});

test("a child signs in on their own device with the one-time code a parent shows", async ({ browser }) => {
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, school.parent.login);
  await expect(parent).toHaveURL(new RegExp(`/diary/${school.pupils[0].id}`));
  await parent.getByRole("button", { name: "Вход ребёнка на его устройстве" }).click();
  await expect(parent.getByTestId("child-code-qr").locator("svg")).toBeVisible();
  const code = (await parent.getByTestId("child-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await parentContext.close();

  const childContext = await browser.newContext();
  const child = await childContext.newPage();
  await child.goto("/login");
  await child.getByRole("link", { name: "Вход ребёнка по коду от родителя" }).click();
  await child.getByLabel("Код").fill(code);
  await child.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(child).toHaveURL(new RegExp(`/diary/${school.pupils[0].id}`), { timeout: 30_000 });
  await expect(child.getByTestId("diary-owner")).toContainText(name(school.pupils[0]));
  await childContext.close();

  // Used once: the same code signs nobody in again.
  const thief = await browser.newContext();
  const page = await thief.newPage();
  await page.goto("/login/code");
  await page.getByLabel("Код").fill(code);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Код неверен" })).toHaveText("Код неверен, уже использован или истёк.");
  await thief.close();
});
