// The diary as families use it: a parent with two children switches between them and sees the
// marks a teacher entered; a student ticks homework done and it stays ticked; another child's
// diary is "not found"; "what's new" counts and clears; the week fits a 375 px phone; and the same
// in Tatar. One school of its own, so no other test's data matters.
import { expect, type Page, test } from "@playwright/test";
import { addDays, schoolToday, startOfWeek } from "../lib/i18n/dates";
import ruCommon from "../locales/ru/common.json" with { type: "json" };
import ruDiary from "../locales/ru/diary.json" with { type: "json" };
import ttDiary from "../locales/tt/diary.json" with { type: "json" };
import { createPerson } from "../test/support/factories";
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn, switchLanguage } from "./helpers";

test.describe.configure({ mode: "serial" });

const monday = startOfWeek(schoolToday());
const lessonDates = [monday, addDays(monday, 1), addDays(monday, 2)];
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const LONG_HOMEWORK = "Решить задачи из сборника https://example.org/zadachnik/matematika-5-klass/razdel-drobi-i-smeshannye-chisla-stranica-42";

let school: Awaited<ReturnType<typeof createE2ESchool>>;
let homeworkId: bigint;
let strangerId: number;
const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ lessonDates });
  await withE2EDb(async (db) => {
    const { schoolId, pupils, teacher, lessons, workKinds, parent } = school;
    // The parent's second child; the third pupil of the class is someone else's.
    await db.parentLink.create({ data: { schoolId, parentId: parent.id, childId: pupils[1].id } });
    await db.mark.createMany({
      data: [
        { schoolId, lessonId: lessons[0].id, studentId: pupils[0].id, workKindId: workKinds[0].id, value: 5, comment: "Молодец", authorId: teacher.id },
        { schoolId, lessonId: lessons[1].id, studentId: pupils[0].id, workKindId: workKinds[1].id, value: 4, authorId: teacher.id },
        { schoolId, lessonId: lessons[1].id, studentId: pupils[1].id, workKindId: workKinds[1].id, value: 3, authorId: teacher.id },
      ],
    });
    homeworkId = (
      await db.homework.create({
        data: { schoolId, lessonId: lessons[0].id, dueLessonId: lessons[2].id, dueDate: d(lessonDates[2]), text: LONG_HOMEWORK, createdById: teacher.id },
      })
    ).id;
    strangerId = (await createPerson(db, null, ["STUDENT"], "Чужой")).id;
  });
});

test("a parent switches between two children and sees each one's marks", async ({ page }) => {
  const [first, second] = school.pupils;
  await signIn(page, school.parent.login);
  await expect(page).toHaveURL(/\/diary$/);
  await page
    .getByTestId("children")
    .getByRole("link", { name: new RegExp(first.firstName) })
    .click();
  await expect(page.getByTestId("diary-owner")).toHaveText(`Дневник: ${name(first)}`);
  await expect(page.getByText("5 «А» класс")).toBeVisible();
  const marks = page.getByTestId("mark");
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toHaveText("5");
  await expect(marks.first()).toHaveAttribute("title", "Ответ на уроке, вес 1 — Молодец");
  // Tapping a mark shows its kind, weight and the teacher's comment.
  await marks.first().click();
  await expect(page.getByText("Комментарий учителя: Молодец")).toBeVisible();
  await page.keyboard.press("Escape");

  await page
    .getByTestId("child-switcher")
    .getByRole("link", { name: new RegExp(second.firstName) })
    .click();
  await expect(page.getByTestId("diary-owner")).toHaveText(`Дневник: ${name(second)}`);
  await expect(page.getByTestId("mark")).toHaveText(["3"]);
  // In the marks section, the switch keeps the section.
  await page.getByRole("link", { name: ruDiary.tabs.marks }).click();
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}/marks$`));
  await expect(page.getByTestId("subject-marks").filter({ hasText: "Математика" }).getByTestId("average")).toHaveText("3,00");
  await page
    .getByTestId("child-switcher")
    .getByRole("link", { name: new RegExp(first.firstName) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/diary/${first.id}/marks$`));
  const maths = page.getByTestId("subject-marks").filter({ hasText: "Математика" });
  // 5 (weight 1) and 4 (weight 3): 4.25; four more fives of weight 1 reach 4.6.
  await expect(maths.getByTestId("average")).toHaveText("4,25");
  await expect(maths.getByTestId("advice")).toContainText("До «5»: ещё 4 отметки «5» с весом 1");
});

test("a parent trying a child who is not theirs sees the same 'not found' as for no one", async ({ page }) => {
  await signIn(page, school.parent.login);
  for (const id of [school.pupils[2].id, strangerId, 2_000_000_000]) {
    const response = await page.goto(`/diary/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ruCommon.notFound.title);
    await expect(page.getByText(school.pupils[2].firstName)).toHaveCount(0);
  }
  const response = await page.goto(`/diary/${school.pupils[2].id}/marks`);
  expect(response?.status()).toBe(404);
});

test("a student ticks homework done, and it is still ticked after reloading", async ({ page }) => {
  const student = school.pupils[0];
  await signIn(page, student.login);
  await expect(page).toHaveURL(new RegExp(`/diary/${student.id}$`));
  await page.getByRole("link", { name: ruDiary.tabs.homework }).click();
  const item = page.getByTestId("homework").filter({ hasText: "zadachnik" });
  const box = item.getByRole("checkbox", { name: ruDiary.homework.done });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(box).toBeChecked();
  await expect(box).not.toHaveAttribute("aria-busy");
  await expect.poll(() => withE2EDb((db) => db.homeworkCompletion.count({ where: { homeworkId, studentId: student.id } }))).toBe(1);
  await page.reload();
  await expect(page.getByTestId("homework").filter({ hasText: "zadachnik" }).getByRole("checkbox")).toBeChecked();
  // The week shows the same tick; unticking there works too.
  await page.getByRole("link", { name: ruDiary.tabs.week }).click();
  const weekBox = page.getByTestId("homework").getByRole("checkbox");
  await expect(weekBox).toBeChecked();
  await weekBox.uncheck();
  await expect(weekBox).not.toBeChecked();
  await expect(weekBox).not.toHaveAttribute("aria-busy");
  await expect.poll(() => withE2EDb((db) => db.homeworkCompletion.count({ where: { homeworkId, studentId: student.id } }))).toBe(0);
  await weekBox.check();
  await expect.poll(() => withE2EDb((db) => db.homeworkCompletion.count({ where: { homeworkId, studentId: student.id } }))).toBe(1);
});

test("the parent sees the tick but cannot change it", async ({ page }) => {
  await signIn(page, school.parent.login);
  await page.goto(`/diary/${school.pupils[0].id}/homework`);
  const item = page.getByTestId("homework").filter({ hasText: "zadachnik" });
  await expect(item.getByTestId("homework-state")).toHaveText(`✓ ${ruDiary.homework.done}`);
  await expect(item.getByRole("checkbox")).toHaveCount(0);
});

test("what's new: counted in the navigation, listed, and cleared by opening it", async ({ page }) => {
  await signIn(page, school.parent.login);
  const diaryLink = page.getByRole("navigation", { name: ruCommon.nav.label }).getByRole("link", { name: new RegExp(ruCommon.nav.diary) });
  // Three marks and one homework across the two children.
  await expect(diaryLink).toHaveText(`${ruCommon.nav.diary}5`);
  await page.goto(`/diary/${school.pupils[0].id}`);
  await expect(page.getByTestId("unread-banner")).toContainText("3 новые записи в дневнике");
  await page.getByRole("link", { name: new RegExp(`^${ruDiary.tabs.news}`) }).click();
  const feed = page.getByTestId("feed");
  await expect(feed.getByRole("listitem")).toHaveCount(3);
  await expect(feed.locator("[data-new]")).toHaveCount(3);
  // Opening the feed marked this child's entries read: the navigation now counts the other child's.
  await expect(diaryLink).toHaveText(`${ruCommon.nav.diary}2`);
  await page.reload();
  await expect(page.getByTestId("feed").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByTestId("feed").locator("[data-new]")).toHaveCount(0);
  // The other child's, with the button on the week.
  await page.goto(`/diary/${school.pupils[1].id}`);
  await page.getByRole("button", { name: ruDiary.news.markAllRead }).click();
  await expect(page.getByTestId("unread-banner")).toHaveCount(0);
  await expect(diaryLink).toHaveText(ruCommon.nav.diary);
});

test("every diary section fits a 375 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const student = school.pupils[0];
  await signIn(page, student.login);
  for (const section of ["", "/homework", "/marks", "/news"]) {
    await page.goto(`/diary/${student.id}${section}`);
    await expect(page.getByTestId("diary-owner")).toBeVisible();
    await noHorizontalScroll(page);
  }
  await page.goto(`/diary/${student.id}`);
  await expect(page.getByText(/zadachnik/)).toBeVisible();
  await noHorizontalScroll(page);
});

test("the same in Tatar: weekday and month names, sections, marks and advice", async ({ page }) => {
  const [first, second] = school.pupils;
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, school.parent.login);
  await switchLanguage(page, "tt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ttDiary.children.title);
  await page
    .getByTestId("children")
    .getByRole("link", { name: new RegExp(first.firstName) })
    .click();
  await expect(page.getByTestId("diary-owner")).toHaveText(`Көндәлек: ${name(first)}`);
  await expect(page.getByText("5 «А» сыйныфы")).toBeVisible();
  await expect(page.getByText(/^дүшәмбе, \d+ \S+/).first()).toBeVisible();
  await expect(page.getByText(/чәршәмбе/).first()).toBeVisible();
  await expect(page.getByTestId("mark").first()).toHaveAttribute("title", "Дәрестәге җавап, авырлыгы 1 — Молодец");
  await noHorizontalScroll(page);
  const text = await page.locator("body").innerText();
  for (const ru of ["понедельник", "среда", "ноября", "декабря", "Дневник", "Неделя", "Оценки", ruDiary.week.homework]) {
    expect(text, `Russian "${ru}" on the Tatar page`).not.toContain(ru);
  }
  await page
    .getByTestId("child-switcher")
    .getByRole("link", { name: new RegExp(second.firstName) })
    .click();
  await expect(page.getByTestId("diary-owner")).toHaveText(`Көндәлек: ${name(second)}`);
  await page.getByRole("link", { name: ttDiary.tabs.marks }).click();
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}/marks$`));
  await expect(page.getByRole("heading", { level: 2, name: /^Билгеләр: 2 чирек$/ })).toBeVisible();
  const maths = page.getByTestId("subject-marks").filter({ hasText: "Математика" });
  await expect(maths).toContainText("Уртача балл:");
  await expect(maths.getByTestId("advice")).toContainText("«4» өчен тагын");
  await noHorizontalScroll(page);
  await switchLanguage(page, "ru");
});
