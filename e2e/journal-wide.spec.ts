// A class journal wider than any screen: 30 pupils × 60 lessons (more than a quarter's). The grid
// renders only the columns in view, yet tells a screen reader its whole size; the arrows walk from
// the first lesson to the last, focusing cells that were not rendered when the page opened, with
// the date header aligned above them; a mark typed far to the right is saved even when its column
// scrolls away at once, and is there after a reload. On a phone the same keys reach the term mark
// and the last lesson. One school of its own.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { addDays, schoolToday } from "../lib/i18n/dates";
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });
// A busy machine answers slowly: wait longer than usual.
const expect = baseExpect.configure({ timeout: 30_000 });

const PUPILS = 30;
const LESSONS = 60;
const today = schoolToday();
/** The second term holds today and is long enough for a lesson on each of 60 days. */
const TERMS = termsAround(today);
const lessonDates = Array.from({ length: LESSONS }, (_, i) => addDays(today, -30 + i));
let school: Awaited<ReturnType<typeof createE2ESchool>>;
/** Whatever type the lessons' ids have (the grid keeps them as the database gives them). */
type TLessonId = (typeof school)["lessons"][number]["id"];

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: PUPILS, lessonDates, ...TERMS });
});

const cell = (page: Page, lessonId: TLessonId, studentId: number) => page.locator(`[data-cell="${lessonId}:${studentId}"]`);
const focused = (page: Page) => page.locator(":focus");
const isCellFocused = (page: Page) => page.evaluate(() => document.activeElement?.matches("td[data-cell]") === true);
const marksOf = (lessonId: TLessonId) =>
  withE2EDb((db) => db.mark.findMany({ where: { lessonId }, select: { studentId: true, value: true }, orderBy: { studentId: "asc" } }));

/** Clicks a cell and moves once to the right, until the page is hydrated and the keys answer. */
async function startAt(page: Page, lessonId: TLessonId, studentId: number, expectC: string) {
  await expect(async () => {
    await cell(page, lessonId, studentId).click();
    await page.keyboard.press("ArrowRight");
    await expect(focused(page)).toHaveAttribute("data-c", expectC, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/** What the page's Content-Security-Policy refused (an inline style in the server's HTML, say). */
function cspRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && m.text().includes("Content Security Policy")) refused.push(m.text());
  });
  return refused;
}

async function allSaved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-saving", "0", { timeout: 20_000 });
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-failed", "0");
}

test("a wide journal renders only the columns in view; the arrows reach the last lesson and a mark typed there is saved", async ({ page }) => {
  const [p0, p1] = school.pupils;
  const first = school.lessons[0];
  const last = school.lessons[LESSONS - 1];
  const refused = cspRefusals(page);
  await signIn(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}?lesson=${first.id}`);
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible();
  await expect(cell(page, first.id, p0.id)).toBeInViewport();

  // The whole size for a screen reader, the cells in view in the page.
  await expect(grid).toHaveAttribute("aria-rowcount", String(PUPILS + 1));
  await expect(grid).toHaveAttribute("aria-colcount", String(LESSONS + 3));
  await expect(cell(page, first.id, p0.id)).toHaveAttribute("aria-colindex", "2");
  await expect(page.locator("tbody tr").first()).toHaveAttribute("aria-rowindex", "2");
  const rendered = await page.locator("td[data-cell]").count();
  expect(rendered, "cells in the page").toBeGreaterThan(PUPILS * 5);
  // About half the lessons fit a 1280 px screen; each side has a few more ready for the arrows.
  expect(rendered, "cells in the page").toBeLessThan((PUPILS * LESSONS * 2) / 3);
  await expect(cell(page, last.id, p0.id)).toHaveCount(0);
  // The average and term-mark columns are there for every pupil.
  await expect(page.locator("td[data-average]")).toHaveCount(PUPILS);
  await expect(page.locator("td[data-final]")).toHaveCount(PUPILS);

  // From the first lesson to the last by the arrow key; the focus never falls out of the grid.
  await startAt(page, first.id, p0.id, "1");
  for (let c = 2; c < LESSONS; c++) {
    await page.keyboard.press("ArrowRight");
    expect(await isCellFocused(page), `focus on a cell after ArrowRight to column ${c}`).toBe(true);
  }
  await expect(focused(page)).toHaveAttribute("data-cell", `${last.id}:${p0.id}`);
  await expect(focused(page)).toBeInViewport();
  // Its date header stands right above it.
  const head = await page.locator(`thead [data-lesson="${last.id}"]`).boundingBox();
  const box = await focused(page).boundingBox();
  expect(
    head && box && Math.abs(head.x - box.x) <= 1 && Math.abs(head.width - box.width) <= 1,
    `header ${JSON.stringify(head)} over cell ${JSON.stringify(box)}`,
  ).toBe(true);
  expect(await page.locator("td[data-cell]").count(), "cells in the page at the far right").toBeLessThan((PUPILS * LESSONS * 2) / 3);

  // Two marks far to the right, then straight back to the start: their column leaves the page
  // while they are being saved.
  await page.keyboard.press("5");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("4");
  await page.keyboard.press("Home");
  await expect(focused(page)).toHaveAttribute("data-cell", `${first.id}:${p1.id}`);
  await expect(cell(page, last.id, p0.id)).toHaveCount(0);
  await allSaved(page);
  expect(await marksOf(last.id)).toEqual([
    { studentId: p0.id, value: 5 },
    { studentId: p1.id, value: 4 },
  ]);

  await page.reload();
  await expect(cell(page, last.id, p0.id)).toHaveCount(0);
  await startAt(page, first.id, p0.id, "1");
  await page.keyboard.press("ArrowLeft");
  // Ctrl+End: the last pupil's term mark; then one to the left is their last lesson, and up.
  await page.keyboard.press("Control+End");
  await expect(focused(page)).toHaveAttribute("data-final", String(school.pupils[PUPILS - 1].id));
  await page.keyboard.press("ArrowLeft");
  await expect(focused(page)).toHaveAttribute("data-cell", `${last.id}:${school.pupils[PUPILS - 1].id}`);
  await expect(cell(page, last.id, p0.id).locator("[data-marks]")).toHaveText("5");
  await expect(cell(page, last.id, p1.id).locator("[data-marks]")).toHaveText("4");
  expect(refused).toEqual([]);
});

test("on a phone the wide journal opens at today's lesson, keeps to the screen, and the keys reach its far end", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const p2 = school.pupils[2];
  const last = school.lessons[LESSONS - 1];
  const todays = school.lessons[30];
  const refused = cspRefusals(page);
  await signIn(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}`);
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(page.locator(`thead [data-lesson="${todays.id}"]`)).toBeInViewport();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    "sideways scroll of the page",
  ).toBeLessThanOrEqual(0);
  expect(await page.locator("td[data-cell]").count(), "cells in the page").toBeLessThan((PUPILS * LESSONS) / 3);

  await startAt(page, todays.id, p2.id, "31");
  await page.keyboard.press("End");
  await expect(focused(page)).toHaveAttribute("data-final", String(p2.id));
  await expect(focused(page)).toBeInViewport();
  await page.keyboard.press("ArrowLeft");
  await expect(focused(page)).toHaveAttribute("data-cell", `${last.id}:${p2.id}`);
  await expect(focused(page)).toBeInViewport();
  await page.keyboard.press("3");
  await page.keyboard.press("Home");
  await expect(focused(page)).toHaveAttribute("data-cell", `${school.lessons[0].id}:${p2.id}`);
  await expect(focused(page)).toBeInViewport();
  await allSaved(page);
  expect((await marksOf(last.id)).filter((m) => m.studentId === p2.id)).toEqual([{ studentId: p2.id, value: 3 }]);
  expect(refused).toEqual([]);
});
