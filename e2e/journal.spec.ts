// The class journal as a teacher meets it: a whole column filled from the keyboard survives a
// reload, the average and suggested term mark follow the typing, a term mark that differs from the
// suggestion shows as an override, a lesson gets its topic and homework with a file; another
// subject's teacher cannot open the journal; a term locked while the page is open refuses the next
// entry and keeps it for retry; and the same flow in Tatar. Each test builds a school of its own.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { addDays, schoolToday } from "../lib/i18n/dates";
import ruErrors from "../locales/ru/errors.json" with { type: "json" };
import ruJournal from "../locales/ru/journal.json" with { type: "json" };
import ttJournal from "../locales/tt/journal.json" with { type: "json" };
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn, switchLanguage } from "./helpers";

test.beforeAll(() => assertLocalDatabase());
// A busy machine (several builds and browsers at once) answers slowly: wait longer than usual.
const expect = baseExpect.configure({ timeout: 30_000 });
// Twenty-five pupils typed in, saved and checked again after a reload take a while on a busy machine.
test.describe.configure({ timeout: 150_000 });

const today = schoolToday();
/** Four terms around today: the first has ended (one lesson in it), the second holds today. */
const TERMS = termsAround(today);
const lessonDates = [addDays(today, -40), addDays(today, -7), addDays(today, -2), today];
type TSchool = Awaited<ReturnType<typeof createE2ESchool>>;

const newSchool = () => createE2ESchool({ pupils: 25, lessonDates, ...TERMS });
const cell = (page: Page, lessonId: bigint, studentId: number) => page.locator(`[data-cell="${lessonId}:${studentId}"]`);
/** What a cell shows: its marks and absence letter (not the words for screen readers). */
const shownIn = (page: Page, lessonId: bigint, studentId: number) => cell(page, lessonId, studentId).locator("[data-marks]");
const finalCell = (page: Page, studentId: number) => page.locator(`[data-final="${studentId}"]`);

/** The marks typed into today's column: a value per pupil, two marks for one, an absence for another. */
const typed = (i: number, absence: string) => (i === 1 ? "54" : i === 2 ? absence : String(5 - (i % 4 === 3 ? 2 : i % 3)));
const shown = (i: number, absence: string) => (i === 1 ? "54" : i === 2 ? absence.toUpperCase() : typed(i, absence));

/** Signs in through the real form, waiting longer than the shared helper when the server is slow. */
async function signInAs(page: Page, login: string) {
  await signIn(page, login).catch(() => expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 }));
}

/**
 * Types as a keyboard does, a keydown per character. Playwright's keyboard knows the US layout
 * only (it inserts a Cyrillic letter as text, with no key event), so a Cyrillic letter goes through
 * Chromium's input domain as the key a Russian or Tatar keyboard sends.
 */
async function typeKeys(page: Page, text: string) {
  for (const char of text) {
    if (/^[\x20-\x7e]$/.test(char)) {
      await page.keyboard.press(char);
      continue;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: char, text: char, unmodifiedText: char });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: char });
    await cdp.detach();
  }
}

async function openJournal(page: Page, s: TSchool) {
  await signInAs(page, s.teacher.login);
  await page.goto("/journal");
  await page.getByTestId("journals-own").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/journal/${s.assignmentId}$`));
  await expect(page.getByRole("grid")).toBeVisible();
}

async function fillTodaysColumn(page: Page, s: TSchool, absence: string) {
  const todays = s.lessons[3].id;
  await cell(page, todays, s.pupils[0].id).click();
  for (const [i] of s.pupils.entries()) {
    await typeKeys(page, typed(i, absence));
    await page.keyboard.press("ArrowDown");
  }
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-saving", "0", { timeout: 20_000 });
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-failed", "0");
}

async function expectColumn(page: Page, s: TSchool, absence: string) {
  for (const [i, p] of s.pupils.entries()) await expect(shownIn(page, s.lessons[3].id, p.id)).toHaveText(shown(i, absence));
}

test("a teacher fills a column of 25 pupils by keyboard; marks, averages and term marks survive a reload", async ({ page }) => {
  const s = await newSchool();
  await openJournal(page, s);
  await fillTodaysColumn(page, s, "н");
  await expect(page.getByText(ruJournal.unsaved.allSaved)).toBeVisible();

  // Pupil 4 (index 3) gets a 5 yesterday-ish too: (3 + 5) / 2 = 4.00, so 4 is suggested.
  await cell(page, s.lessons[2].id, s.pupils[3].id).click();
  await page.keyboard.type("5");
  await expect(page.locator(`[data-average="${s.pupils[3].id}"]`)).toHaveText("4.00");
  await expect(finalCell(page, s.pupils[3].id)).toHaveText(/\(4\)/);
  await expect(page.locator(`[data-average="${s.pupils[1].id}"]`)).toHaveText("4.50");

  // The teacher gives 5 as the term mark anyway: an override, shown as such.
  await cell(page, s.lessons[3].id, s.pupils[3].id).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("5");
  await expect(finalCell(page, s.pupils[3].id)).toHaveAttribute("data-status", "saved");
  await expect(finalCell(page, s.pupils[3].id).getByTestId("override")).toBeVisible();

  await page.reload();
  await expectColumn(page, s, "н");
  await expect(shownIn(page, s.lessons[2].id, s.pupils[3].id)).toHaveText("5");
  await expect(page.locator(`[data-average="${s.pupils[3].id}"]`)).toHaveText("4.00");
  await expect(finalCell(page, s.pupils[3].id)).toContainText("5");
  await expect(finalCell(page, s.pupils[3].id).getByTestId("override")).toBeVisible();

  const stored = await withE2EDb((db) => db.mark.count({ where: { schoolId: s.schoolId } }));
  expect(stored).toBe(26); // 22 single marks, two for pupil 2, none for the absent pupil 3, one more for pupil 4
});

test("Enter opens a cell's kind of work and history; a column header takes the topic and homework with a file", async ({ page }) => {
  const s = await newSchool();
  await openJournal(page, s);
  const target = cell(page, s.lessons[3].id, s.pupils[0].id);
  await target.click();
  await page.keyboard.type("3");
  await expect(target).toHaveAttribute("data-status", "saved");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(ruJournal.cell.kind).selectOption({ label: "Контрольная работа · вес 3" });
  await dialog.getByLabel(ruJournal.cell.comment).fill("у доски");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(target).toHaveAttribute("data-status", "saved");
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").getByRole("button", { name: ruJournal.cell.history }).click();
  await expect(page.getByTestId("cell-history")).toContainText(ruJournal.history.mark_update);
  await expect(page.getByTestId("cell-history")).toContainText("Контрольная работа");
  await page.keyboard.press("Escape");

  await page.locator(`[data-lesson="${s.lessons[3].id}"] button`).click();
  const lesson = page.getByRole("dialog");
  await lesson.getByLabel(ruJournal.lesson.topic).fill("Сложение дробей");
  await lesson.getByLabel(ruJournal.lesson.homeworkText).fill("№ 245, 247");
  await lesson.getByLabel(ruJournal.lesson.addFiles).setInputFiles({ name: "задание.txt", mimeType: "text/plain", buffer: Buffer.from("Решить № 245") });
  await lesson.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.reload();
  await page.locator(`[data-lesson="${s.lessons[3].id}"] button`).click();
  await expect(page.getByRole("dialog").getByLabel(ruJournal.lesson.topic)).toHaveValue("Сложение дробей");
  await expect(page.getByRole("dialog").getByLabel(ruJournal.lesson.homeworkText)).toHaveValue("№ 245, 247");
  const file = page.getByRole("dialog").getByRole("link", { name: "задание.txt" });
  const response = await page.request.get((await file.getAttribute("href")) as string);
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("Решить № 245");
});

test("another subject's teacher cannot open the journal, and the homeroom teacher only reads it", async ({ page }) => {
  const s = await newSchool();
  await signInAs(page, s.otherTeacher.login);
  await page.goto("/journal");
  await expect(page.getByRole("link", { name: /Математика/ })).toHaveCount(0);
  await page.goto(`/journal/${s.assignmentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");

  await page.context().clearCookies();
  await signInAs(page, s.homeroom.login);
  await page.goto(`/journal/${s.assignmentId}`);
  await expect(page.getByTestId("note-readOnly")).toBeVisible();
  await cell(page, s.lessons[3].id, s.pupils[0].id).click();
  await page.keyboard.type("5");
  await expect(page.getByTestId("grid-notice")).toHaveText(ruJournal.readOnly);
  await expect(shownIn(page, s.lessons[3].id, s.pupils[0].id)).toHaveText("");
});

test("a term locked while the journal is open refuses the next entry, keeps it for retry, and shows the lock after reload", async ({ page }) => {
  const s = await newSchool();
  await openJournal(page, s);
  await page.goto(`/journal/${s.assignmentId}?term=1`);
  const first = cell(page, s.lessons[0].id, s.pupils[0].id);
  await first.click();
  await page.keyboard.type("4");
  await expect(first).toHaveAttribute("data-status", "saved");

  await withE2EDb((db) => db.term.update({ where: { id: s.terms[0].id }, data: { isLocked: true, lockedAt: new Date(), lockedById: s.admin.id } }));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.type("5");
  const second = cell(page, s.lessons[0].id, s.pupils[1].id);
  await expect(second).toHaveAttribute("data-status", "failed");
  await expect(shownIn(page, s.lessons[0].id, s.pupils[1].id)).toHaveText("5");
  await expect(page.getByTestId("save-failures")).toContainText(ruErrors.term_locked);
  await page.getByTestId("save-failures").getByRole("button", { name: "Повторить", exact: true }).click();
  await expect(second).toHaveAttribute("data-status", "failed");
  expect(await withE2EDb((db) => db.mark.count({ where: { schoolId: s.schoolId } }))).toBe(1);

  page.on("dialog", (d) => d.accept());
  await page.reload();
  await expect(page.getByTestId("note-termLockedBanner")).toBeVisible();
  await expect(shownIn(page, s.lessons[0].id, s.pupils[0].id)).toHaveText("4");
  await expect(shownIn(page, s.lessons[0].id, s.pupils[1].id)).toHaveText("");
});

test("the same flow in Tatar: a column by keyboard with a Tatar absence letter, saved and reloaded", async ({ page }) => {
  const s = await newSchool();
  await signInAs(page, s.teacher.login);
  await switchLanguage(page, "tt");
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ttJournal.index.title);
  await page.getByTestId("journals-own").getByRole("link").first().click();
  await expect(page.getByRole("columnheader", { name: ttJournal.grid.pupil })).toBeVisible();
  await expect(page.getByRole("link", { name: "1 чирек" })).toBeVisible();
  // «А» is the Tatar letter of "ill" in this school (Russian «Б»).
  await fillTodaysColumn(page, s, "а");
  await expect(page.getByText(ttJournal.unsaved.allSaved)).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await expectColumn(page, s, "а");
  const absent = await withE2EDb((db) =>
    db.attendance.findFirstOrThrow({ where: { schoolId: s.schoolId }, select: { absenceCode: { select: { letterRu: true } } } }),
  );
  expect(absent.absenceCode.letterRu).toBe("Б");
  const text = await page.locator("main").innerText();
  for (const ru of ["Средний", "Сохран", "четверть", "Клавиши", "Журнал:"]) expect(text, `Russian "${ru}" on the Tatar page`).not.toContain(ru);
});
