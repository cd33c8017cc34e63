// Reports as a class teacher and the administration meet them: the homeroom teacher opens the
// term sheet of their class, sees the figures, downloads the .xlsx and the test reads the numbers
// back as numeric cells; the widest sheet of the demo school prints on A4 landscape without cut
// columns; the same in Tatar. The homeroom flow uses a school of its own with term marks placed by
// the test, so the expected figures are known by hand.
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import ruReports from "../locales/ru/reports.json" with { type: "json" };
import ttReports from "../locales/tt/reports.json" with { type: "json" };
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_LOGINS, signIn, switchLanguage } from "./helpers";

test.describe.configure({ mode: "serial" });

let school: Awaited<ReturnType<typeof createE2ESchool>>;

/** The printable width of A4 landscape with 12 mm margins: 273 mm at 96 px per inch. */
const A4_LANDSCAPE_PX = Math.floor((273 / 25.4) * 96);

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: 4 });
  await withE2EDb(async (db) => {
    const { schoolId, yearId, terms, pupils, teacher, subjectId, otherLessonId, otherTeacher, workKinds } = school;
    // Maths, term 2: 5, 4, 3 and "not assessed". History: one 4 in class, no term mark yet (a suggested 4).
    const maths: [number, number | null][] = [
      [pupils[0].id, 5],
      [pupils[1].id, 4],
      [pupils[2].id, 3],
      [pupils[3].id, null],
    ];
    await db.finalMark.createMany({
      data: maths.map(([studentId, value]) => ({
        schoolId,
        yearId,
        termId: terms[1].id,
        kind: "TERM" as const,
        period: 2,
        studentId,
        subjectId,
        status: value === null ? ("NOT_ASSESSED" as const) : ("GRADED" as const),
        value,
        authorId: teacher.id,
      })),
    });
    await db.mark.create({
      data: { schoolId, lessonId: otherLessonId, studentId: pupils[0].id, workKindId: workKinds[0].id, value: 4, authorId: otherTeacher.id },
    });
  });
});

async function downloadWorkbook(page: Page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await streamToBuffer(await download.createReadStream()));
  const sheet = book.worksheets[0];
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    rows.push(row);
  });
  const rowStarting = (text: string) => {
    const row = rows.find((r) => (r.values as unknown[]).some((v) => typeof v === "string" && v.startsWith(text)));
    if (!row) throw new Error(`no row starting with "${text}" in the workbook`);
    return row;
  };
  return { fileName: download.suggestedFilename(), sheet, rowStarting };
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  const all = Buffer.concat(chunks);
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
}

/** In print, at the printable width of A4 landscape, the table is whole: nothing scrolls or spills. */
async function expectPrintsWhole(page: Page, testId: string) {
  await page.setViewportSize({ width: A4_LANDSCAPE_PX, height: 760 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("download-xlsx")).toBeHidden();
  const box = await page.getByTestId(testId).evaluate((el) => {
    const table = el.querySelector("table") as HTMLTableElement;
    return { scroll: el.scrollWidth, client: el.clientWidth, tableRight: table.getBoundingClientRect().right, page: document.documentElement.scrollWidth };
  });
  expect(box.scroll, "the table scrolls sideways in print").toBeLessThanOrEqual(box.client);
  expect(box.tableRight, "the table runs past the A4 landscape width").toBeLessThanOrEqual(A4_LANDSCAPE_PX);
  expect(box.page).toBeLessThanOrEqual(A4_LANDSCAPE_PX);
  await page.emulateMedia({ media: "screen" });
}

test("the homeroom teacher opens the term sheet, downloads it, and the numbers are numbers", async ({ page }) => {
  await signIn(page, school.homeroom.login);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ruReports.index.title);
  await page.getByTestId("report-term-sheets").getByRole("link", { name: "5 «А»" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сводная ведомость: 5 «А», 2 четверть");
  await expect(page.getByTestId("pupil-row")).toHaveCount(4);
  // The class: 5, 4, 3, н/а in maths and a suggested 4 in history → 4/5 = 80 %, 3/5 = 60 %, 271/5 = 54.2.
  await expect(page.getByTestId("class-successRate")).toHaveText("80");
  await expect(page.getByTestId("class-qualityRate")).toHaveText("60");
  await expect(page.getByTestId("class-sou")).toHaveText("54,2");
  await expect(page.locator("[data-suggested]")).toHaveText([/^4\* \(Не выставлена; по среднему баллу 4,00 предлагается 4\)$/]);

  const { fileName, sheet, rowStarting } = await downloadWorkbook(page);
  expect(fileName).toBe("Сводная ведомость 5 «А», 2 четверть.xlsx");
  expect(sheet.name).toBe(ruReports.termSheet.sheetName);
  const header = rowStarting(ruReports.termSheet.pupil);
  const mathsCol = (header.values as unknown[]).indexOf("Математика");
  const classCol = (header.values as unknown[]).indexOf(ruReports.termSheet.classColumn);
  expect(mathsCol).toBeGreaterThan(0);
  const first = rowStarting(school.pupils[0].lastName);
  expect(first.getCell(mathsCol).value).toBe(5);
  expect(typeof first.getCell(mathsCol).value).toBe("number");
  const success = rowStarting(ruReports.figures.successRate);
  expect(success.getCell(mathsCol).value).toBe(0.75);
  expect(success.getCell(mathsCol).numFmt).toBe("0.0%");
  expect(success.getCell(classCol).value).toBe(0.8);
  expect(rowStarting(ruReports.figures.sou).getCell(classCol).value).toBe(0.542);

  await expectPrintsWhole(page, "term-sheet");
});

test("the same in Tatar: the page, the file and its titles", async ({ page }) => {
  await signIn(page, school.homeroom.login);
  await page.goto("/reports");
  await switchLanguage(page, "tt");
  await page.getByTestId("report-term-sheets").getByRole("link", { name: "5 «А»" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Җыелма ведомость: 5 «А» сыйныфы, 2 чирек");
  await expect(page.getByRole("rowheader", { name: ttReports.figures.successRate })).toBeVisible();
  await expect(page.getByTestId("class-sou")).toHaveText("54,2");
  await expect(page.getByTestId("term-sheet").locator("thead th").nth(1)).toHaveText(ttReports.termSheet.pupil);
  // The pupils of a test school are called "Ученик1"…: the check leaves their names out.
  const body = (await page.locator("main").innerText()).replace(/Ученик\d/g, "");
  for (const ru of [ruReports.termSheet.pupil, ruReports.figures.qualityRate, ruReports.nav.print, ruReports.legend.left, "четверть"]) {
    expect(body, `Russian "${ru}" on the Tatar page`).not.toContain(ru);
  }

  const { fileName, rowStarting } = await downloadWorkbook(page);
  expect(fileName).toBe("Җыелма ведомость 5 «А» сыйныфы, 2 чирек.xlsx");
  const header = rowStarting(ttReports.termSheet.pupil);
  const classCol = (header.values as unknown[]).indexOf(ttReports.termSheet.classColumn);
  expect(classCol).toBeGreaterThan(0);
  expect(rowStarting(ttReports.figures.successRate).getCell(classCol).value).toBe(0.8);
  expect(rowStarting(ttReports.figures.qualityRate).getCell(classCol).value).toBe(0.6);

  await expectPrintsWhole(page, "term-sheet");
  await switchLanguage(page, "ru");
});

test("a teacher who is not the homeroom teacher cannot open the class's term sheet", async ({ page }) => {
  await signIn(page, school.teacher.login);
  await page.goto("/reports");
  await expect(page.getByTestId("report-term-sheets")).toHaveCount(0);
  await expect(page.getByTestId("report-assignments").getByRole("link")).toHaveCount(1);
  const response = await page.goto(`/reports/term-sheet/${school.classId}`);
  expect(response?.status()).toBe(404);
  const file = await page.request.get(`/api/reports/term-sheet/${school.classId}`);
  expect(file.status()).toBe(404);
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

test("the demo school's widest class, 9 «А», prints on A4 landscape in both languages and fits a phone", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.admin);
  await page.goto("/reports");
  await page.getByTestId("report-term-sheets").getByRole("link", { name: "9 «А»" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("9 «А»");
  expect(await page.getByTestId("term-sheet").locator("thead th").count()).toBeGreaterThan(15);
  await expectPrintsWhole(page, "term-sheet");
  await switchLanguage(page, "tt");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("9 «А» сыйныфы");
  await expectPrintsWhole(page, "term-sheet");
  await switchLanguage(page, "ru");
  // On a phone the sheet scrolls inside its frame; the page itself does not.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expectNoSidewaysScroll(page);
});

test("the demo teacher finds their class's sheet, attendance and every assignment", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.teacher);
  await page.goto("/reports");
  await expect(page.getByTestId("report-term-sheets").getByRole("link")).toHaveText(["5 «А»"]);
  await expect(page.getByTestId("report-assignments").getByRole("link")).toHaveText([
    "5 «А» · Математика",
    "5 «Б» · Математика",
    "9 «А» · Алгебра",
    "9 «А» · Геометрия",
  ]);
  await page.getByTestId("report-attendance").getByRole("link", { name: "5 «А»" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Посещаемость: 5 «А», /);
  await expect(page.getByTestId("attendance-total")).toBeVisible();
  const { rowStarting } = await downloadWorkbook(page);
  expect(typeof rowStarting(ruReports.attendance.total).getCell(3).value).toBe("number");
});

test("the school summary lists every class with the school's total, and fits a phone", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.admin);
  await page.goto("/reports/school");
  await expect(page.getByTestId("school-summary").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByTestId("figures-total")).toContainText(ruReports.school.total);
  const { rowStarting } = await downloadWorkbook(page);
  const total = rowStarting(ruReports.school.total);
  expect(typeof total.getCell(3).value).toBe("number");
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expectNoSidewaysScroll(page);
});

test("the regional administrator sees each school of the region", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.region);
  await page.goto("/reports");
  await page.getByTestId("report-region").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Сводка по региону: \d (четверть|триместр)$/);
  await expect(page.getByTestId("figures-total")).toContainText(ruReports.region.total);
});

test("a teacher asking for the region's pages or summaries is answered 404, not a loading screen", async ({ page }) => {
  await signIn(page, school.teacher.login);
  for (const path of ["/region", "/region/import", "/reports/region", "/reports/school"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
