// School administration as an administrator meets it: a new class with its teacher, its pupils
// imported from an Excel-made CSV, a timetable published; the teacher then finds the lessons at
// home and the imported pupils in the journal. Once in Russian (Windows-1251, ";") and once in
// Tatar (UTF-8 with Tatar headers, ","). Each run has a school of its own.
import { expect, type Page, test } from "@playwright/test";
import iconv from "iconv-lite";
import { isoWeekday, schoolToday, weekdayNameByIndex } from "../lib/i18n/dates";
import ruAdmin from "../locales/ru/admin.json" with { type: "json" };
import ruAuth from "../locales/ru/auth.json" with { type: "json" };
import ruErrors from "../locales/ru/errors.json" with { type: "json" };
import ttAdmin from "../locales/tt/admin.json" with { type: "json" };
import ttAuth from "../locales/tt/auth.json" with { type: "json" };
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, openMenuIfCollapsed, signIn, switchLanguage } from "./helpers";

test.beforeAll(async ({ request }) => {
  assertLocalDatabase();
  // A server just started answers its first requests slowly.
  await request.get("/login");
  await request.get("/api/auth/csrf");
});
// Each run walks through a whole afternoon's setup (and hashes the new accounts' passwords).
test.describe.configure({ timeout: 240_000 });

const RU_CSV = [
  "Фамилия;Имя;Отчество;Дата рождения;Класс;Фамилия родителя;Имя родителя;Отчество родителя;Телефон родителя",
  "Галиев;Тимур;Ренатович;12.03.2014;6В;Галиева;Алсу;Ильдаровна;+7 917 111-22-33",
  "Сафина;Амина;Ильдаровна;04.11.2014;6 «В»;Сафин;Ильдар;Раисович;89170000000",
  "Петров;Олег;;01.02.2014;6в;;;;",
  ";;;;;;;;",
].join("\r\n");

const TT_CSV = [
  "Фамилия,Исем,Әтисенең исеме,Туган көне,Сыйныф,Ата-ананың фамилиясе,Ата-ананың исеме,Ата-ананың телефоны",
  "Хәсәнова,Әлфия,Илдар кызы,20.07.2013,7Г,Хәсәнов,Илдар,+7 917 222-33-44",
  "Гарипов,Нияз,Рамил улы,02.02.2013,7 «Г»,,,",
  "Шакирова,Алинә,,15.05.2013,7г,,,",
].join("\n");

const scenarios = [
  {
    lng: "ru" as const,
    A: ruAdmin,
    auth: ruAuth,
    grade: "6",
    letter: "В",
    file: iconv.encode(RU_CSV, "win1251"),
    fileName: "6v.csv",
    commit: ruAdmin.import.commit_few,
    pupil: "Галиев",
  },
  {
    lng: "tt" as const,
    A: ttAdmin,
    auth: ttAuth,
    grade: "7",
    letter: "Г",
    file: Buffer.from(`\uFEFF${TT_CSV}`, "utf8"),
    fileName: "7g.csv",
    commit: ttAdmin.import.commit_other,
    pupil: "Хәсәнова",
  },
];

async function signOut(page: Page, label: string) {
  await openMenuIfCollapsed(page);
  await page.getByRole("button", { name: label }).click();
  await expect(page).toHaveURL(/\/login/);
}

for (const sc of scenarios) {
  test(`an administrator sets up a class, imports its pupils and publishes its timetable; the teacher sees the lessons (${sc.lng})`, async ({ page }) => {
    const { A } = sc;
    const school = await createE2ESchool({ lessonDates: ["2026-10-05"] });
    const teacherName = `${school.teacher.lastName} ${school.teacher.firstName}`;
    const className = `${sc.grade} «${sc.letter}»`;
    const today = schoolToday();
    const weekday = Math.min(isoWeekday(today), 6);

    await signIn(page, school.admin.login);
    if (sc.lng === "tt") await switchLanguage(page, "tt");

    // A class with its homeroom teacher, and what is taught in it.
    await page.getByRole("link", { name: A.nav.classes, exact: true }).click();
    await page.getByLabel(A.classes.grade).selectOption(sc.grade);
    await page.getByLabel(A.classes.letter).fill(sc.letter.toLowerCase());
    await page.getByLabel(A.classes.homeroom).selectOption({ label: teacherName });
    await page.getByRole("button", { name: A.classes.create }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(A.classes.classTitle.replace("{{name}}", className));
    const assignment = page.getByTestId("assignment-form");
    await assignment.getByLabel(A.classes.subject).selectOption({ label: "Математика" });
    await assignment.getByLabel(A.classes.teacher).selectOption({ label: teacherName });
    await assignment.getByRole("button", { name: A.classes.addAssignment }).click();
    await expect(page.getByTestId("assignments")).toContainText("Математика");

    // Its pupils, from the file an administrator saved from Excel.
    await page.getByRole("link", { name: A.nav.import, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(A.import.title);
    await page.getByLabel(A.import.file).setInputFiles({ name: sc.fileName, mimeType: "text/csv", buffer: sc.file });
    await page.getByRole("button", { name: A.import.preview }).click();
    const preview = page.getByTestId("import-preview");
    await expect(preview.locator("tbody tr")).toHaveCount(3);
    await expect(preview.locator('tbody tr[data-status="new"]')).toHaveCount(3);
    await expect(page.getByTestId("import-file-info")).toContainText(sc.lng === "ru" ? "Windows-1251" : "UTF-8");
    await page.getByRole("button", { name: sc.commit.replace("{{count}}", "3") }).click();
    await expect(page.getByTestId("import-done")).toBeVisible();
    const sheet = page.getByTestId("import-sheet");
    await expect(sheet).toHaveCount(1);
    await expect(sheet).toContainText(className);
    await expect(sheet).toContainText(sc.pupil);

    // Its timetable: one lesson a week, published for the current term.
    await page.getByRole("link", { name: A.nav.timetable, exact: true }).click();
    await page.getByTestId("timetable-classes").getByRole("link", { name: className }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(A.timetable.classTitle.replace("{{name}}", className));
    await page.getByLabel(A.timetable.weekday).selectOption({ label: weekdayNameByIndex(weekday, sc.lng) });
    await page.getByLabel(A.timetable.number, { exact: true }).selectOption("3");
    await page.getByLabel(A.timetable.room).fill("21");
    await page.getByRole("button", { name: A.timetable.addSlotButton, exact: true }).click();
    await expect(page.getByTestId("slot")).toHaveCount(1);
    await page.getByRole("button", { name: A.timetable.publish, exact: true }).click();
    await expect(page.getByTestId("publish-result")).toBeVisible();
    const createdPrefix = A.timetable.published.split("{{created}}")[0];
    await expect(page.getByTestId("publish-result")).toContainText(new RegExp(`${createdPrefix}[1-9]`));

    // The teacher finds today's lesson at home, and the imported pupils in its journal.
    await signOut(page, sc.auth.signOut);
    await signIn(page, school.teacher.login);
    await expect(page).toHaveURL(/\/lessons/);
    if (sc.lng === "tt") await switchLanguage(page, "tt");
    const lessonLink = page.getByRole("link", { name: `Математика · ${className}` });
    if (weekday === isoWeekday(today)) await expect(page.getByTestId("today-lessons")).toContainText(`Математика · ${className}`);
    await lessonLink.first().click();
    await expect(page).toHaveURL(/\/journal\/\d+/);
    await expect(page.getByTestId("journal-title")).toContainText(className);
    await expect(page.getByText(sc.pupil).first()).toBeVisible();
  });
}

test("a new pupil's first sign-in asks for a password of their own, and the class page fits a phone", async ({ page }) => {
  const school = await createE2ESchool({ lessonDates: ["2026-10-05"] });
  await signIn(page, school.admin.login);
  await page.goto("/school/people/new?role=STUDENT");
  await page.getByLabel(ruAdmin.people.lastName).fill("Новикова");
  await page.getByLabel(ruAdmin.people.firstName).fill("Дарья");
  await page.getByLabel(ruAdmin.people.class).selectOption({ index: 1 });
  await page.getByRole("button", { name: ruAdmin.people.create }).click();
  const login = (await page.getByTestId("credentials-login").textContent())?.trim() ?? "";
  const password = (await page.getByTestId("credentials-password").textContent())?.trim() ?? "";
  expect(login).toMatch(/^novikova\.d/);

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/school/classes/${school.classId}`);
  await expect(page.getByTestId("class-pupils")).toContainText("Новикова Дарья");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await signOut(page, ruAuth.signOut);

  await signIn(page, login, password);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel(ruAuth.changePassword.current).fill(password);
  await page.getByLabel(ruAuth.changePassword.new, { exact: true }).fill("short");
  await page.getByLabel(ruAuth.changePassword.repeat).fill("short");
  await page.getByRole("button", { name: ruAuth.changePassword.submit }).click();
  await expect(page.getByText(ruErrors.password.tooShort)).toBeVisible();
  await expect(page.getByLabel(ruAuth.changePassword.current)).toHaveValue(password);
  await page.getByLabel(ruAuth.changePassword.new, { exact: true }).fill("Мой пароль 2026");
  await page.getByLabel(ruAuth.changePassword.repeat).fill("Мой пароль 2026");
  await page.getByRole("button", { name: ruAuth.changePassword.submit }).click();
  await expect(page).toHaveURL(/\/diary/);
});

test("an administrator makes a day shortened; that day's times follow the shortened bells, and the teacher sees the marker", async ({ page }) => {
  // The factory's lessons: lesson 1 (normal bells 08:00–08:40) on 23–25 November 2026.
  const school = await createE2ESchool();
  await withE2EDb((db) =>
    db.bellSchedule.create({
      data: {
        schoolId: school.schoolId,
        variant: "SHORT",
        name: "Сокращённый",
        periods: { create: [{ schoolId: school.schoolId, number: 1, startMinute: 480, endMinute: 510 }] },
      },
    }),
  );
  await signIn(page, school.admin.login);
  await page.goto("/school/timetable/day?date=2026-11-24");
  const control = page.getByTestId("shortened-day");
  await expect(control).toContainText(ruAdmin.timetable.shortenedDayOff.split(":")[0]);
  await control.getByRole("button", { name: ruAdmin.timetable.makeShortened }).click();
  await expect(control).toHaveAttribute("data-shortened", "true");
  await expect(control).toContainText(ruAdmin.timetable.shortenedDayOn.split(":")[0]);
  await expect(page.getByText("(08:00–08:30)")).toBeVisible();
  await signOut(page, ruAuth.signOut);

  await signIn(page, school.teacher.login);
  await page.goto("/lessons?week=2026-11-23");
  await expect(page.getByTestId("shortened-day-marker")).toHaveCount(1);
});
