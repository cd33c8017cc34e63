// A new installation's first steps in the browser: the regional administrator made by
// `npm run admin:create` signs in with the one-time password it printed, chooses a password of
// their own, imports three schools from a file, gets a sheet per school, and the same file again
// has nothing to import. (The database part of an installation on the system's PostgreSQL, with
// backup and restore, is scripts/install.integration.test.ts.)
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import ruAdmin from "../locales/ru/admin.json" with { type: "json" };
import ruAuth from "../locales/ru/auth.json" with { type: "json" };
import { assertLocalDatabase, signIn } from "./helpers";

const run = promisify(execFile);

test.beforeAll(assertLocalDatabase);

test("the first administrator made by admin:create signs in and imports the region's schools", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const login = `region.${tag}`;
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "scripts/admin-create.ts", "--region", `Регион ${tag}`, "--login", login, "--name", "Галиев Марат", "--one-time"],
    { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } },
  );
  const password = /one-time password: (\S+)/.exec(stdout)?.[1] as string;
  expect(password).toBeTruthy();

  await signIn(page, login, password);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel(ruAuth.changePassword.current).fill(password);
  await page.getByLabel(ruAuth.changePassword.new, { exact: true }).fill("Регион Татарстан 2026");
  await page.getByLabel(ruAuth.changePassword.repeat).fill("Регион Татарстан 2026");
  await page.getByRole("button", { name: ruAuth.changePassword.submit }).click();
  await expect(page).toHaveURL(/\/region/);

  await page.getByRole("link", { name: ruAdmin.regionImport.open }).click();
  await expect(page.getByRole("heading", { name: ruAdmin.regionImport.title })).toBeVisible();
  const file = {
    name: "schools.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Код в реестре;Полное название;Краткое название;Муниципалитет",
        `E${tag}1;МБОУ «СОШ № 1» ${tag};СОШ № 1 ${tag};Район ${tag}`,
        `E${tag}2;МБОУ «СОШ № 2» ${tag};СОШ № 2 ${tag};Район ${tag}`,
        `E${tag}3;МБОУ «СОШ № 3» ${tag};СОШ № 3 ${tag};Район ${tag}`,
      ].join("\r\n"),
    ),
  };
  await page.getByLabel(ruAdmin.regionImport.file).setInputFiles(file);
  await page.getByRole("button", { name: ruAdmin.import.preview }).click();
  await expect(page.getByTestId("import-counts")).toContainText(`${ruAdmin.import.status.new}: 3`);
  await page.getByRole("button", { name: /Импортировать 3/ }).click();
  await expect(page.getByTestId("import-sheet")).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByTestId("import-sheet").first()).toContainText(`admin.e${tag}1`);

  await page.reload();
  await page.getByLabel(ruAdmin.regionImport.file).setInputFiles(file);
  await page.getByRole("button", { name: ruAdmin.import.preview }).click();
  await expect(page.getByTestId("import-counts")).toContainText(`${ruAdmin.import.status.unchanged}: 3`);
  await expect(page.getByText(ruAdmin.import.nothingToDo)).toBeVisible();
});
