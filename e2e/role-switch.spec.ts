// A teacher who is also a parent wears one role at a time: signed in, they are the teacher (their
// lessons, the journal); choosing "Родитель" in the shell takes them to their child's diary and
// the links become a parent's; the choice survives a reload and "/"; back to the teacher's. The
// teacher's pages stay open to them while they wear the parent's role. On a phone the switch sits
// in the menu and fits the screen.
import { expect, type Page, test } from "@playwright/test";
import ruCommon from "../locales/ru/common.json" with { type: "json" };
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, openMenuIfCollapsed, signIn } from "./helpers";

let school: Awaited<ReturnType<typeof createE2ESchool>>;

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool();
  // The subject teacher is also the parent of the second pupil.
  await withE2EDb(async (db) => {
    await db.userRole.create({ data: { userId: school.teacher.id, role: "PARENT", schoolId: school.schoolId } });
    await db.parentLink.create({ data: { schoolId: school.schoolId, parentId: school.teacher.id, childId: school.pupils[1].id } });
  });
});

const nav = (page: Page) => page.getByRole("navigation", { name: ruCommon.nav.label });
const roleSwitch = (page: Page) => page.getByRole("combobox", { name: ruCommon.roleSwitch.label });

async function expectTeacherShell(page: Page) {
  await expect(page).toHaveURL(/\/lessons$/, { timeout: 30_000 });
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.lessons })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.journal })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.diary })).toHaveCount(0);
  await expect(roleSwitch(page)).toHaveValue("TEACHER");
}

async function expectParentShell(page: Page) {
  await expect(page).toHaveURL(new RegExp(`/diary/${school.pupils[1].id}`), { timeout: 30_000 });
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.diary })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.lessons })).toHaveCount(0);
  await expect(nav(page).getByRole("link", { name: ruCommon.nav.journal })).toHaveCount(0);
  await expect(roleSwitch(page)).toHaveValue("PARENT");
}

test("a teacher who is also a parent switches role: the home page and the shell's links follow, and the choice stays", async ({ page }) => {
  // Two sign-ins' worth of page loads on a machine other test runs share.
  test.setTimeout(180_000);
  await signIn(page, school.teacher.login);
  await expectTeacherShell(page);

  await roleSwitch(page).selectOption({ label: ruCommon.roleSwitch.names.PARENT });
  await expectParentShell(page);
  await page.reload();
  await expectParentShell(page);
  await page.goto("/");
  await expectParentShell(page);

  // Navigation, not permission: the teacher's pages are still theirs.
  const lessons = await page.goto("/lessons");
  expect(lessons?.status()).toBe(200);

  await roleSwitch(page).selectOption({ label: ruCommon.roleSwitch.names.TEACHER });
  await expectTeacherShell(page);
  await page.goto("/");
  await expectTeacherShell(page);
});

test("on a phone the role switch is in the menu, labelled, and fits the screen", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, school.teacher.login);
  await expect(page).toHaveURL(/\/lessons$/, { timeout: 30_000 });
  await openMenuIfCollapsed(page);
  const control = roleSwitch(page);
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await control.selectOption({ label: ruCommon.roleSwitch.names.PARENT });
  await expect(page).toHaveURL(new RegExp(`/diary/${school.pupils[1].id}`), { timeout: 30_000 });
});
