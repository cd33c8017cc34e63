// A parent excuses an absence: from the child's diary the parent gives the reason (with a photo of
// the note) for an absence already in the journal; the homeroom teacher sees it in the class's
// journal and accepts it; the journal cell then shows the excused code and the parent's diary says
// "accepted".
import { expect as baseExpect, test } from "@playwright/test";
import { schoolToday, startOfWeek } from "../lib/i18n/dates";
import ruDiary from "../locales/ru/diary.json" with { type: "json" };
import ruMessages from "../locales/ru/messages.json" with { type: "json" };
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";

// A busy machine (several builds and browsers at once) answers slowly: wait longer than usual.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const today = schoolToday();
// The lesson is on this week's Monday, so the diary's current week shows it; the term holds it.
const monday = startOfWeek(today);
const TERMS = termsAround(today);
const REASON = `Был у врача, справка приложена ${Date.now()}`;
// A 1×1 PNG: the photo of the note.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test.beforeAll(() => assertLocalDatabase());

test("a parent explains an absence, the homeroom teacher accepts it, the journal shows the excused code", async ({ browser }) => {
  const s = await createE2ESchool({ lessonDates: [monday], ...TERMS });
  const pupil = s.pupils[0];
  const lessonId = s.lessons[0].id;
  await withE2EDb(async (db) => {
    await db.absenceCode.create({
      data: { schoolId: s.schoolId, letterRu: "У", letterTt: "Д", nameRu: "Уважительная причина", nameTt: "Дәлилле сәбәп", kind: "EXCUSED", sortOrder: 3 },
    });
    const unexcused = s.absenceCodes.find((c) => c.kind === "UNEXCUSED")?.id as number;
    await db.attendance.create({ data: { schoolId: s.schoolId, lessonId, studentId: pupil.id, absenceCodeId: unexcused, authorId: s.teacher.id } });
  });

  const parent = await (await browser.newContext()).newPage();
  await signIn(parent, s.parent.login);
  await parent.goto(`/diary/${pupil.id}`);
  const row = parent.getByTestId("absence-explanations").locator(`[data-lesson="${lessonId}"]`);
  await expect(row.getByTestId("explanation-status")).toHaveText(ruDiary.explain.status.none);
  await row.getByText(ruDiary.explain.explain).click();
  await row.getByLabel(ruDiary.explain.reason).fill(REASON);
  await row.getByLabel(ruDiary.explain.photo).setInputFiles({ name: "записка.png", mimeType: "image/png", buffer: PNG });
  await row.getByRole("button", { name: ruDiary.explain.send }).click();
  await expect(row.getByTestId("explanation-status")).toHaveText(ruDiary.explain.status.PENDING);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, s.homeroom.login);
  await teacher.goto(`/journal/${s.assignmentId}`);
  const item = teacher.getByTestId("absence-explanation").filter({ hasText: REASON });
  await expect(item).toContainText(`${pupil.lastName} ${pupil.firstName}`);
  await expect(item.getByRole("link", { name: ruMessages.explanations.photo })).toBeVisible();
  await item.getByRole("button", { name: ruMessages.explanations.accept }).click();
  await expect(item).toContainText(ruMessages.explanations.status.ACCEPTED);
  await teacher.reload();
  await expect(teacher.locator(`[data-cell="${lessonId}:${pupil.id}"] [data-marks]`)).toHaveText("У");

  await parent.reload();
  await expect(row.getByTestId("explanation-status")).toHaveText(ruDiary.explain.status.ACCEPTED);
});
