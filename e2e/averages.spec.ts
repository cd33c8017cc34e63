// Averages explained: the school's administrator sets the school's own thresholds (a wrong order is
// refused), then a parent opens a subject's explanation on the marks page — each mark × its weight,
// the sums, the division, the thresholds — and asks what a five would take for two kinds of work.
// One school of its own, so no other test's data matters.
import { expect, test } from "@playwright/test";
import ruAdmin from "../locales/ru/admin.json" with { type: "json" };
import ruCommon from "../locales/ru/common.json" with { type: "json" };
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
// Signing in (Argon2), two saves and a reload: over a minute on a machine busy with other builds.
test.setTimeout(120_000);

let school: Awaited<ReturnType<typeof createE2ESchool>>;

test.beforeAll(async () => {
  assertLocalDatabase();
  // Two lessons with marks in the second quarter, and five still to come before it ends.
  school = await createE2ESchool({
    lessonDates: ["2026-11-23", "2026-11-24", "2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25"],
  });
  await withE2EDb(async (db) => {
    const { schoolId, pupils, teacher, lessons, workKinds } = school;
    const kind = (code: string) => workKinds.find((w) => w.code === code)!.id;
    await db.mark.createMany({
      data: [
        { schoolId, lessonId: lessons[0].id, studentId: pupils[0].id, workKindId: kind("answer"), value: 3, authorId: teacher.id },
        { schoolId, lessonId: lessons[1].id, studentId: pupils[0].id, workKindId: kind("test"), value: 4, authorId: teacher.id },
      ],
    });
  });
});

test("the administrator sets the school's own thresholds; a wrong order is refused", async ({ page }) => {
  await signIn(page, school.admin.login);
  await page.goto("/school/grading");
  await page.getByRole("radio", { name: ruAdmin.grading.custom }).check();
  const field = (mark: number) => page.getByLabel(ruAdmin.grading.customThreshold.replace("{{mark}}", String(mark)));
  await field(5).fill("4,4");
  await field(4).fill("4,5");
  await field(3).fill("2,4");
  await page.getByRole("button", { name: ruCommon.actions.save }).first().click();
  await expect(page.getByText(ruAdmin.validation.thresholdOrder)).toBeVisible();
  await field(4).fill("3,4");
  await page.getByRole("button", { name: ruCommon.actions.save }).first().click();
  await expect(page.getByRole("status").filter({ hasText: ruAdmin.saved })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: ruAdmin.grading.custom })).toBeChecked();
  await expect(field(5)).toHaveValue("4,4");
});

test("a parent reads how the average is made and what a five would take", async ({ page }) => {
  await signIn(page, school.parent.login);
  await page.goto(`/diary/${school.pupils[0].id}/marks?term=2`);
  const maths = page.getByTestId("subject-marks").filter({ hasText: "Математика" });
  // 3 (weight 1) and 4 (weight 3): 15 / 4 = 3.75, a 4 under the school's 2.4 / 3.4 / 4.4.
  await expect(maths.getByTestId("average")).toHaveText("3,75");
  const explained = maths.getByTestId("average-explained");
  await explained.getByText("Как получился средний балл").click();
  await expect(explained.getByTestId("products")).toContainText("3 × 1 = 3");
  await expect(explained.getByTestId("products")).toContainText("4 × 3 = 12");
  await expect(explained.getByTestId("sum-products")).toHaveText("15");
  await expect(explained.getByTestId("sum-weights")).toHaveText("4");
  await expect(explained.getByTestId("division")).toHaveText("Средний балл: 15 : 4 = 3,75");
  await expect(explained.getByTestId("thresholds")).toContainText("от 4,4 — «5»");
  await expect(explained.getByTestId("thresholds")).toContainText("от 3,4 — «4»");
  await expect(explained.getByTestId("thresholds")).toContainText("от 2,4 — «3»");
  await expect(explained).toContainText("Средний балл 3,75 даёт «4».");

  // The next mark up is offered first; answers in class (weight 1): (15 + 5n) / (4 + n) ≥ 4.4 from n = 5.
  const need = explained.getByTestId("what-do-i-need");
  await expect(need.getByLabel("Хочу")).toHaveValue("5");
  await need.getByLabel("Вид работы").selectOption({ label: "Ответ на уроке (вес 1)" });
  await expect(need.getByTestId("target-answer")).toHaveText("Нужно ещё 5 пятёрок за «Ответ на уроке»: средний балл станет 4,44 (порог «5» — 4,4).");
  // A test (weight 3): two fives, (15 + 30) / 10 = 4.5.
  await need.getByLabel("Вид работы").selectOption({ label: "Контрольная работа (вес 3)" });
  await expect(need.getByTestId("target-answer")).toHaveText("Нужно ещё 2 пятёрки за «Контрольная работа»: средний балл станет 4,50 (порог «5» — 4,4).");
  await need.getByLabel("Хочу").selectOption("4");
  await expect(need.getByTestId("target-answer")).toHaveText("«4» уже выходит: по среднему сейчас «4».");
});
