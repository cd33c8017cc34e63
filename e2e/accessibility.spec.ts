// Every page a demo person can reach, as they would reach it, checked by an accessibility engine
// (axe-core, WCAG 2.1 A and AA) in Russian and in Tatar on a 375 × 800 phone: no serious or
// critical violation, and no page that scrolls sideways. The walk starts at each role's
// navigation, follows the links on those pages two steps deep, and opens one page per route
// (one journal, one diary, one class…), so the run stays short while a new page cannot slip by.
// The journal's dialogs (a cell, a lesson, a term mark) are checked too.
import { appendFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import ruCommon from "../locales/ru/common.json" with { type: "json" };
import ttCommon from "../locales/tt/common.json" with { type: "json" };
import { withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_LOGINS, openMenuIfCollapsed, signIn } from "./helpers";

test.beforeAll(() => assertLocalDatabase());
// Each role is one test (both languages inside it, so a profile language changed to reach the
// other language is put back before anyone else signs in as that person); roles run side by side.
// The time limit guards against a hang only: on a busy machine a role's walk takes minutes.
test.describe.configure({ mode: "parallel", timeout: 900_000 });
test.use({ viewport: { width: 375, height: 800 } });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PHONE = { width: 375, height: 800 };
type TLang = "ru" | "tt";

/** "/journal/12?term=2" → "/journal/[id]": one page per route. */
function routeOf(href: string): string {
  return new URL(href, "http://x").pathname.replace(/\/\d+(?=\/|$)/g, "/[id]");
}

/** Links to pages of the app on the current page (not files, downloads or the API). */
async function pageLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval("a[href^='/']", (as) => as.filter((a) => !a.hasAttribute("download")).map((a) => a.getAttribute("href") as string));
  return hrefs.filter((h) => !/^\/(api|login)\b/.test(h) && !/\.(csv|xlsx|pdf|json)(\?|$)/.test(h));
}

async function axe(page: Page, where: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

async function sidewaysScroll(page: Page, where: string): Promise<string[]> {
  const over = await page.evaluate(() => {
    const el = document.scrollingElement as HTMLElement;
    return el.scrollWidth - el.clientWidth;
  });
  return over > 0 ? [`${where}: the page scrolls sideways by ${over} px`] : [];
}

/** Opens the journal's dialogs (a cell, a lesson, a term mark) and checks each. */
async function journalDialogs(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const grid = page.getByRole("grid");
  if ((await grid.count()) === 0) return problems;
  const open = async (name: string, how: () => Promise<void>) => {
    await how();
    const dialog = page.locator("dialog[open]");
    await expect(dialog).toBeVisible();
    problems.push(...(await axe(page, `${where} (${name} dialog)`, "dialog[open]")));
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  };
  const firstCell = page.locator("td[data-cell]").first();
  if ((await firstCell.count()) > 0) {
    await open("cell", async () => {
      await firstCell.dblclick();
    });
  }
  await open("lesson", () => page.locator("thead th[data-lesson] button").first().click());
  const final = page.locator("td[data-final]").first();
  if ((await final.count()) > 0) await open("term mark", () => final.dblclick());
  return problems;
}

/** Shows the pages in a language by the cookie (the walk's people have no language in their profile). */
async function showLanguage(page: Page, lng: TLang) {
  await page.context().addCookies([{ name: "belem-lang", value: lng, url: new URL("/", page.url()).href }]);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
}

/** Found problems go to a file at once, so a walk cut short still tells what it saw. */
function report(found: string[]): string[] {
  if (found.length) appendFileSync(test.info().outputPath("a11y-problems.txt"), `${found.join("\n")}\n`);
  return found;
}

async function walk(page: Page, lng: TLang, testInfo: TestInfo): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const home = new URL(page.url()).pathname;
  // On a phone the sections are in the header's menu: opened, checked, and its links followed.
  await openMenuIfCollapsed(page);
  problems.push(...report(await axe(page, `${lng} menu`, "[data-testid=nav-menu]")));
  const nav = await page
    .getByRole("navigation", { name: lng === "ru" ? ruCommon.nav.label : ttCommon.nav.label })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") as string));
  expect(nav.length).toBeGreaterThan(0);
  let frontier = [...new Set([home, ...nav])];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: string[] = [];
    for (const href of frontier) {
      const route = routeOf(href);
      if (seen.has(route)) continue;
      seen.add(route);
      const response = await page.goto(href);
      // A link may lead to a page this person may not open (a 404 is a page too, and checked).
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      const where = `${lng} ${href}${response && response.status() >= 400 ? ` [${response.status()}]` : ""}`;
      problems.push(...report([...(await axe(page, where)), ...(await sidewaysScroll(page, where))]));
      if (route === "/journal/[id]") problems.push(...report(await journalDialogs(page, where)));
      if (depth < 2) next.push(...(await pageLinks(page)));
    }
    frontier = next;
  }
  testInfo.annotations.push({ type: `pages (${lng})`, description: [...seen].sort().join(", ") });
  return problems;
}

const ROLES = [DEMO_LOGINS.teacher, DEMO_LOGINS.tatar, DEMO_LOGINS.admin, DEMO_LOGINS.parent, DEMO_LOGINS.student, DEMO_LOGINS.region];

for (const login of ROLES) {
  test(`${login}: every page is clean under axe and fits a phone, in Russian and Tatar`, async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    // A language saved in the profile (the Tatar teacher's) would hide the cookie's: set aside for the walk.
    const saved = await withE2EDb((db) => db.user.findUniqueOrThrow({ where: { login }, select: { id: true, locale: true } }));
    if (saved.locale) await withE2EDb((db) => db.user.update({ where: { id: saved.id }, data: { locale: null } }));
    const problems: string[] = [];
    try {
      await signIn(page, login);
      for (const lng of ["ru", "tt"] as const) {
        await showLanguage(page, lng);
        problems.push(...(await walk(page, lng, testInfo)));
      }
    } finally {
      if (saved.locale) await withE2EDb((db) => db.user.update({ where: { id: saved.id }, data: { locale: saved.locale } }));
    }
    expect(problems).toEqual([]);
  });
}

test("the sign-in page is clean under axe in Russian and Tatar", async ({ page }) => {
  const problems: string[] = [];
  for (const lng of ["ru", "tt"] as const) {
    await page.context().addCookies([{ name: "belem-lang", value: lng, url: new URL("/", test.info().project.use.baseURL ?? "http://localhost:3100").href }]);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", lng);
    problems.push(...report([...(await axe(page, `${lng} /login`)), ...(await sidewaysScroll(page, `${lng} /login`))]));
  }
  expect(problems).toEqual([]);
});
