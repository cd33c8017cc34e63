// The foundation, as a person meets it: each role signs in and lands on its home, in Russian; the
// page turns Tatar, weekday names included; a wrong password says so without saying which part.
import { expect, test } from "@playwright/test";
import ruDiary from "../locales/ru/diary.json" with { type: "json" };
import ttCommon from "../locales/tt/common.json" with { type: "json" };
import { assertLocalDatabase, DEMO_LOGINS, openMenuIfCollapsed, RU_NAV, signIn, switchLanguage } from "./helpers";

test.beforeAll(() => assertLocalDatabase());

const homes = [
  { login: DEMO_LOGINS.teacher, url: /\/lessons/, heading: "Мои уроки" },
  { login: DEMO_LOGINS.admin, url: /\/school/, heading: "Школа" },
  { login: DEMO_LOGINS.parent, url: /\/diary$/, heading: "Дневники детей" },
  { login: DEMO_LOGINS.student, url: /\/diary\/\d+/, heading: /^Дневник: / },
  { login: DEMO_LOGINS.region, url: /\/region/, heading: "Школы региона" },
];

for (const home of homes) {
  test(`${home.login} signs in and reaches their home in Russian`, async ({ page }) => {
    await signIn(page, home.login);
    await expect(page).toHaveURL(home.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByTestId("user-name")).not.toBeEmpty();
    await expect(page.getByTestId("school-name")).not.toBeEmpty();
  });
}

test("the student's week turns Tatar, weekday names included, and stays Tatar after reload", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.student);
  await expect(page.getByText(/понедельник/).first()).toBeVisible();
  await switchLanguage(page, "tt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Көндәлек: /);
  await expect(page.getByText(/дүшәмбе/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: ttCommon.nav.diary })).toBeVisible();
  const text = await page.locator("body").innerText();
  for (const ru of ["понедельник", "вторник", "среда", "четверг", "пятница", "ноября", "Дневник", "Выйти", ruDiary.week.noLessons]) {
    expect(text, `Russian "${ru}" on the Tatar page`).not.toContain(ru);
  }
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await expect(page.getByText(/дүшәмбе/).first()).toBeVisible();
  await switchLanguage(page, "ru");
});

test("a wrong password shows one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Логин").fill(DEMO_LOGINS.teacher);
  await page.getByLabel("Пароль").fill("not-the-password");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Неверный логин или пароль.");
  await page.getByLabel("Логин").fill("nobody-by-this-name");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Неверный логин или пароль.");
  await expect(page).toHaveURL(/\/login/);
});

test("the login page works in Tatar before signing in", async ({ page }) => {
  await page.goto("/login");
  await switchLanguage(page, "tt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Керү");
  await expect(page.getByLabel("Серсүз")).toBeVisible();
  await switchLanguage(page, "ru");
});

test("signed-in pages fit a 375 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_LOGINS.parent);
  await page.getByTestId("children").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/diary\/\d+/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("every page of every role's navigation fits a 375 px phone without horizontal scrolling", async ({ page }) => {
  test.setTimeout(180_000); // every role's every section, one after another
  await page.setViewportSize({ width: 375, height: 740 });
  const wide: string[] = [];
  for (const login of Object.values(DEMO_LOGINS)) {
    await page.context().clearCookies();
    await signIn(page, login);
    // The landing page may still move on (a client-side redirect closes the menu when the path
    // changes): open the menu and read its links until they are there.
    let links: string[] = [];
    await expect(async () => {
      await openMenuIfCollapsed(page);
      links = await page
        .getByRole("navigation", { name: new RegExp(`^(${RU_NAV.label}|${ttCommon.nav.label})$`) })
        .getByRole("link")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links.length, login).toBeGreaterThan(0);
    }).toPass({ timeout: 15_000 });
    for (const path of links) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${login} ${path}: ${overflow} px too wide`);
    }
  }
  expect(wide).toEqual([]);
});
