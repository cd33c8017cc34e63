// Shared steps for end-to-end tests: signing in through the real form, the demo accounts, and the
// guard that refuses to run against anything but a local database.
import { expect, type Page } from "@playwright/test";
import ruCommon from "../locales/ru/common.json" with { type: "json" };
import { DEMO_LOGINS, DEMO_PASSWORD } from "../seed/demo-accounts";

export { DEMO_LOGINS, DEMO_PASSWORD };

export function assertLocalDatabase() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run end-to-end tests with `npm run test:e2e`.");
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error(`Refusing to run end-to-end tests against a non-local database (${host}).`);
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/Логин|Login/).fill(login);
  await page.getByLabel(/Пароль|Серсүз/).fill(password);
  await page.getByRole("button", { name: /^(Войти|Керү)$/ }).click();
  // Argon2 is deliberately slow, and a loaded CI machine slower still.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

export async function switchLanguage(page: Page, to: "ru" | "tt") {
  await page.getByRole("button", { name: to === "tt" ? "Татарча" : "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

export const RU_NAV = ruCommon.nav;

/** On a phone the sections and the way out are behind the header's menu: opens it if it is there. */
export async function openMenuIfCollapsed(page: Page) {
  const menu = page.getByTestId("nav-menu");
  // Right after a navigation the header may not be there yet: a menu not yet drawn is not "open".
  await page.getByRole("banner").first().waitFor();
  if (!(await menu.isVisible())) return;
  // A click before the page is hydrated can be undone by it: click until the menu stays open.
  await expect(async () => {
    if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
    await expect(menu).toHaveAttribute("open", "", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
