// The school's year around the grid: an exemption entered by the administrator shows as «осв.» in
// the journal and the term sheet; the audit page finds a mark typed by a teacher, by teacher and
// pupil; a 34-topic plan for two lessons a week is previewed, applied, undone, applied again and
// read in the diary; the demo school's 5 «А» mathematics first quarter prints as a PDF whose text
// holds every pupil, date and mark of the quarter.
import { expect, type Page, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { formatShortDate } from "../lib/i18n/dates";
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_LOGINS, signIn } from "./helpers";

test.beforeAll(() => assertLocalDatabase());

async function signInAs(page: Page, login: string) {
  await signIn(page, login).catch(() => expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 }));
}

test("an exemption shows as «осв.» in the journal's cells, its term mark and the term sheet", async ({ page }) => {
  const s = await createE2ESchool({ pupils: 3 });
  const pupil = s.pupils[1];
  await signInAs(page, s.admin.login);
  await page.goto("/school/exemptions");
  await page.getByRole("combobox", { name: "Ученик", exact: true }).selectOption({ label: `${pupil.lastName} ${pupil.firstName}` });
  await page.getByRole("combobox", { name: "Предмет", exact: true }).selectOption(String(s.subjectId));
  await page.getByRole("combobox", { name: "Период", exact: true }).selectOption(String(s.terms[1].id));
  await page.getByLabel(/Причина/).fill("Справка врача");
  await page.getByRole("button", { name: "Освободить" }).click();
  await expect(page.getByTestId("exemption-list")).toContainText(pupil.lastName);

  await page.goto(`/journal/${s.assignmentId}?term=2`);
  for (const l of s.lessons) await expect(page.locator(`[data-cell="${l.id}:${pupil.id}"] [data-exempt-label]`)).toHaveText("осв.");
  await expect(page.locator(`[data-cell="${s.lessons[0].id}:${s.pupils[0].id}"] [data-exempt-label]`)).toHaveCount(0);
  await expect(page.locator(`[data-final="${pupil.id}"]`)).toContainText("осв.");

  await page.goto(`/reports/term-sheet/${s.classId}?term=2`);
  await expect(page.getByRole("row").filter({ hasText: pupil.lastName })).toContainText("осв.");
});

test("the audit page finds a mark a teacher typed, by teacher and pupil, and downloads it", async ({ page }) => {
  const s = await createE2ESchool({ pupils: 3 });
  await signInAs(page, s.teacher.login);
  await page.goto(`/journal/${s.assignmentId}?term=2`);
  const target = page.locator(`[data-cell="${s.lessons[1].id}:${s.pupils[2].id}"]`);
  await target.click();
  await page.keyboard.type("4");
  await expect(target).toHaveAttribute("data-status", "saved");

  await page.context().clearCookies();
  await signInAs(page, s.admin.login);
  await page.goto("/audit");
  const teacherName = `${s.teacher.lastName} ${s.teacher.firstName}`;
  await page.getByLabel("Кто").selectOption({ label: teacherName });
  await page.getByLabel("Ученик").selectOption(String(s.pupils[2].id));
  await page.getByRole("button", { name: "Показать" }).click();
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Отметка · создание");
  await expect(rows.first()).toContainText(teacherName);
  await expect(rows.first()).toContainText("value: 4");
  const href = await page.getByTestId("audit-download").getAttribute("href");
  const download = await page.request.get(href as string);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");
});

test("a 34-topic plan for two lessons a week: preview, apply, undo, apply again, and the diary shows the topics", async ({ page }) => {
  // Two lessons a week (Monday, Wednesday) from 9 November to the end of the second quarter: 15 lessons.
  const lessonDates: string[] = [];
  for (let d = new Date("2026-11-09T00:00:00Z"); d <= new Date("2026-12-28T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 1 || d.getUTCDay() === 3) lessonDates.push(d.toISOString().slice(0, 10));
  }
  const s = await createE2ESchool({ pupils: 2, lessonDates });
  const csv = ["№;Тема урока;Часы;Домашнее задание", ...Array.from({ length: 34 }, (_, i) => `${i + 1};Тема номер ${i + 1};1;§ ${i + 1}`)].join("\n");
  await signInAs(page, s.teacher.login);
  await page.goto(`/journal/${s.assignmentId}`);
  await page.getByTestId("plan-link").click();
  await page.getByLabel(/Файл плана/).setInputFiles({ name: "ktp.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("plan-summary")).toContainText("Тем в плане: 34");
  await expect(page.getByTestId("plan-summary")).toContainText(`будет записано тем: ${lessonDates.length}`);
  await expect(page.getByTestId("plan-summary")).toContainText(`Не хватило уроков для ${34 - lessonDates.length} тем`);
  await page.getByRole("button", { name: "Записать темы в журнал" }).click();
  await expect(page.getByRole("status")).toContainText(`Записано ${lessonDates.length} тем`);
  const topics = () =>
    withE2EDb(async (db) =>
      (await db.lesson.findMany({ where: { assignmentId: s.assignmentId }, orderBy: { date: "asc" }, select: { topic: true } })).map((l) => l.topic),
    );
  expect(await topics()).toEqual(lessonDates.map((_, i) => `Тема номер ${i + 1}`));

  await page.getByRole("button", { name: "Отменить последнюю загрузку" }).click();
  await expect(page.getByRole("status")).toContainText(`Возвращено ${lessonDates.length} прежних тем`);
  expect(await topics()).toEqual(lessonDates.map(() => null));

  await page.getByLabel(/Файл плана/).setInputFiles({ name: "ktp.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("plan-summary")).toContainText("Тем в плане: 34");
  await page.getByRole("button", { name: "Записать темы в журнал" }).click();
  await expect(page.getByRole("status")).toContainText(`Записано ${lessonDates.length} тем`);

  // The pupil's diary on the week of 23 November shows that week's topics.
  await page.context().clearCookies();
  await signInAs(page, s.pupils[0].login);
  await page.goto(`/diary/${s.pupils[0].id}?week=2026-11-23`);
  const n = lessonDates.indexOf("2026-11-23") + 1;
  await expect(page.getByText(`Тема номер ${n}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`Тема номер ${n + 1}`, { exact: true })).toBeVisible();
});

test("the demo 5 «А» mathematics first quarter prints as a PDF with every pupil, date and mark", async ({ page }) => {
  const data = await withE2EDb(async (db) => {
    const teacher = await db.user.findUniqueOrThrow({ where: { login: DEMO_LOGINS.teacher }, select: { id: true } });
    const a = await db.teachingAssignment.findFirstOrThrow({
      where: { teacherId: teacher.id, class: { grade: 5, letter: "А" }, subject: { nameRu: "Математика" }, year: { isCurrent: true } },
      select: { id: true, schoolId: true, classId: true, yearId: true },
    });
    const term = await db.term.findFirstOrThrow({ where: { yearId: a.yearId, number: 1 }, select: { startDate: true, endDate: true } });
    const lessons = await db.lesson.findMany({
      where: { assignmentId: a.id, date: { gte: term.startDate, lte: term.endDate } },
      orderBy: [{ date: "asc" }, { period: "asc" }, { id: "asc" }],
      select: { id: true, date: true, marks: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { studentId: true, value: true, isPending: true } } },
    });
    const pupils = await db.enrolment.findMany({
      where: { classId: a.classId, startDate: { lte: term.endDate }, OR: [{ endDate: null }, { endDate: { gte: term.startDate } }] },
      select: { student: { select: { id: true, lastName: true, firstName: true } } },
    });
    return { assignmentId: a.id, lessons, pupils: pupils.map((p) => p.student) };
  });
  expect(data.lessons.length).toBeGreaterThan(10);
  await signInAs(page, DEMO_LOGINS.teacher);
  await page.goto(`/journal/${data.assignmentId}?term=1`);
  const href = await page.getByTestId("print-link").getAttribute("href");
  expect(href).toBe(`/api/journal-print/${data.assignmentId}?term=1`);
  const response = await page.request.get(href as string);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  const lines = text.split("\n");
  for (const l of data.lessons) expect(text).toContain(formatShortDate(l.date));
  for (const p of data.pupils) {
    const name = `${p.lastName} ${p.firstName}`;
    const own = lines.filter((line) => line.includes(name));
    expect(own.length, name).toBeGreaterThan(0);
    const printed = own
      .map(
        (line) =>
          line
            .slice(line.indexOf(name) + name.length)
            .match(/\b[1-5]\b|•/g)
            ?.join(" ") ?? "",
      )
      .join(" ");
    const expected = data.lessons.flatMap((l) =>
      l.marks.filter((m) => m.studentId === p.id).map((m) => (m.isPending || m.value === null ? "•" : String(m.value))),
    );
    expect(printed, name).toContain(expected.join(" "));
  }
});
