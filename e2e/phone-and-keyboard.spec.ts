// Everyday use on a phone and from the keyboard: a parent of two sees both children's day on one
// screen without a tap; the journal is one Tab stop (and its header row another), opens at today's
// column and says when a lesson's homework is saved; a failed form puts the focus on the first
// field in error; a language picked on the sign-in page wins and is kept. One school of its own.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { addDays, schoolToday } from "../lib/i18n/dates";
import ruAdmin from "../locales/ru/admin.json" with { type: "json" };
import ruJournal from "../locales/ru/journal.json" with { type: "json" };
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });
// A busy machine answers slowly: wait longer than usual.
const expect = baseExpect.configure({ timeout: 30_000 });

const today = schoolToday();
const TERMS = termsAround(today);
// Many lessons before today, so that today's column starts off screen.
const lessonDates = [...Array.from({ length: 20 }, (_, i) => addDays(today, -29 + i)), today, addDays(today, 2)];
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let school: Awaited<ReturnType<typeof createE2ESchool>>;
const todays = () => school.lessons[20];
const next = () => school.lessons[21];

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: 3, lessonDates, ...TERMS });
  await withE2EDb(async (db) => {
    const { schoolId, pupils, teacher, workKinds, parent } = school;
    await db.parentLink.create({ data: { schoolId, parentId: parent.id, childId: pupils[1].id } });
    await db.mark.createMany({
      data: [
        { schoolId, lessonId: todays().id, studentId: pupils[0].id, workKindId: workKinds[0].id, value: 5, authorId: teacher.id },
        { schoolId, lessonId: todays().id, studentId: pupils[1].id, workKindId: workKinds[1].id, value: 3, authorId: teacher.id },
      ],
    });
    await db.homework.create({
      data: {
        schoolId,
        lessonId: todays().id,
        dueLessonId: next().id,
        dueDate: d(lessonDates[21]),
        text: "Задачи 12–15 на странице 40",
        createdById: teacher.id,
      },
    });
  });
});

async function noSidewaysScroll(page: Page) {
  const over = await page.evaluate(() => {
    const el = document.scrollingElement as HTMLElement;
    return el.scrollWidth - el.clientWidth;
  });
  expect(over).toBeLessThanOrEqual(0);
}

test("a parent of two sees both children's today, the next homework and what is new, without a tap, on a phone", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, school.parent.login);
  await expect(page).toHaveURL(/\/diary$/);
  const cards = page.getByTestId("child-overview");
  await expect(cards).toHaveCount(2);
  for (const [i, value] of [
    [0, "5"],
    [1, "3"],
  ] as const) {
    const card = cards.filter({ hasText: school.pupils[i].firstName });
    await expect(card.getByTestId("overview-today").getByTestId("mark")).toHaveText(value);
    await expect(card.getByTestId("overview-next")).toContainText("Задачи 12–15");
    await expect(card.getByTestId("overview-news").getByTestId("mark")).toHaveText(value);
  }
  await noSidewaysScroll(page);
  await testInfo.attach("parent-home-375", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});

test("the journal is one Tab stop, its header row another, and it opens at today's column", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}`);
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible();
  // Today's column is in view inside the grid's scrolling box.
  const todayHead = page.locator(`thead [data-lesson="${todays().id}"]`);
  await expect(todayHead).toBeInViewport();
  // The first lesson is off screen: out of view, or (the grid renders the columns in view) not rendered.
  const firstHead = page.locator(`thead [data-lesson="${school.lessons[0].id}"]`);
  if ((await firstHead.count()) > 0) await expect(firstHead).not.toBeInViewport();

  // From the top of the page: count the Tab presses to the first cell.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  let presses = 0;
  let headerStops = 0;
  for (; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.closest("thead") ? "header" : el?.matches("td[data-cell]") ? "cell" : "other";
    });
    if (where === "header") headerStops++;
    if (where === "cell") break;
  }
  expect(presses, "Tab presses from the page's start to the first cell").toBeLessThan(25);
  expect(headerStops, "the header row is one stop").toBe(1);
  // The cell reached is today's, in the first row.
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("data-cell", new RegExp(`^${todays().id}:`));
  await expect(focused).toHaveAttribute("data-r", "0");
  // Arrows move inside; Tab leaves the grid in one press.
  await page.keyboard.press("ArrowDown");
  await expect(focused).toHaveAttribute("data-r", "1");
  const secondRow = await focused.getAttribute("data-cell");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[role=grid]") === null)).toBe(true);
  // Shift+Tab comes back to the cell last visited.
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator(":focus")).toHaveAttribute("data-cell", secondRow as string);
});

test("saving a lesson's topic and homework says so", async ({ page }) => {
  await signIn(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}`);
  await page.locator(`thead [data-lesson="${todays().id}"] button`).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(ruJournal.lesson.topic).fill("Проценты");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("grid-notice")).toContainText(new RegExp(ruJournal.lesson.saved, "i"));
  await expect(page.locator(`thead [data-lesson="${todays().id}"] button`)).toHaveAccessibleName(new RegExp(ruJournal.lesson.saved));
});

test("a failed form puts the focus on the first field in error; a new pupil's class is named with a link", async ({ page }) => {
  await signIn(page, school.admin.login);
  await page.goto("/school/people/new?role=STUDENT");
  await page.getByRole("button", { name: ruAdmin.people.create }).click();
  await expect(page.getByLabel(ruAdmin.people.lastName)).toBeFocused();
  await page.getByLabel(ruAdmin.people.lastName).fill("Гарипова");
  await page.getByLabel(ruAdmin.people.firstName).fill("Алсу");
  await page.getByLabel(ruAdmin.people.class).selectOption({ index: 1 });
  await page.getByRole("button", { name: ruAdmin.people.create }).click();
  const where = page.getByTestId("created-class");
  await expect(where).toContainText("Алсу");
  await expect(where.getByRole("link")).toHaveAttribute("href", `/school/classes/${school.classId}`);
});

test("a language picked on the sign-in page wins over the profile's and is saved to it", async ({ page }) => {
  const pupil = school.pupils[2];
  await withE2EDb((db) => db.user.update({ where: { id: pupil.id }, data: { locale: "ru" } }));
  await page.goto("/login");
  await page.getByRole("button", { name: "Татарча" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await page.getByLabel("Логин").fill(pupil.login);
  await page.getByLabel("Серсүз").fill("belem-demo");
  await page.getByRole("button", { name: "Керү", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  expect(await withE2EDb((db) => db.user.findUniqueOrThrow({ where: { id: pupil.id }, select: { locale: true } }))).toEqual({ locale: "tt" });
});
