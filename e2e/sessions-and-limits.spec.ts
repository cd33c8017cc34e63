// Sessions that end and limits that hold, against the production build as it is served:
// a session cookie kept from before signing out opens nothing; a client's own forwarding headers
// name no other host; odd methods, odd sign-in requests and malformed or oversized action bodies
// get a clear 4xx with the security headers, never a 500; a homework file of exactly the upload
// limit is saved and a larger one is refused in the form, in words.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { addDays, schoolToday } from "../lib/i18n/dates";
import ruJournal from "../locales/ru/journal.json" with { type: "json" };
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";
import { actionId } from "./kill-harness";

test.describe.configure({ timeout: 150_000 });
const today = schoolToday();
const TERMS = termsAround(today);
let school: Awaited<ReturnType<typeof createE2ESchool>>;

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: 2, lessonDates: [addDays(today, -2), today], ...TERMS });
});

const sessionCookieOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));

/** Every answer of the app carries the security headers, refusals included. */
function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
}

async function saveCell(api: APIRequestContext, baseURL: string, body: string, contentType = "text/plain;charset=UTF-8") {
  return api.post(`/journal/${school.assignmentId}`, {
    headers: { "next-action": actionId("lib/journal/actions.ts", "saveCellAction"), "content-type": contentType, accept: "text/x-component", origin: baseURL },
    data: body,
    maxRedirects: 0,
  });
}

test("a session cookie kept from before signing out opens no page, action or download afterwards", async ({ page, browser, baseURL }) => {
  await signIn(page, school.teacher.login);
  const kept = await sessionCookieOf(page);
  expect(kept).toBeDefined();
  // While signed in, the same cookie opens the journal.
  await page.goto(`/journal/${school.assignmentId}`);
  await expect(page).toHaveURL(new RegExp(`/journal/${school.assignmentId}`));
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);

  // Another browser that copied the cookie before the sign-out.
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies([kept as NonNullable<typeof kept>]);
  const replay = thief.request;
  try {
    const stolen = await thief.newPage();
    await stolen.goto(`/journal/${school.assignmentId}`);
    await expect(stolen).toHaveURL(/\/login/);
    expect((await replay.get(`/api/reports/assignment/${school.assignmentId}`)).status()).toBe(401);
    const input = {
      assignmentId: school.assignmentId,
      lessonId: String(school.lessons[1].id),
      studentId: school.pupils[0].id,
      upsert: [{ key: "n1", value: 5, workKindId: school.workKinds[0].id, isPending: false, comment: null }],
      remove: [],
    };
    const action = await saveCell(replay, baseURL as string, JSON.stringify([input]));
    expect(await action.text()).toContain("unauthenticated");
    expect(await withE2EDb((db) => db.mark.count({ where: { schoolId: school.schoolId } }))).toBe(0);
  } finally {
    await thief.close();
  }
});

test("a write naming a foreign origin is refused even when the client's own X-Forwarded-Host names it", async ({ request, baseURL }) => {
  const host = new URL(baseURL as string).host;
  const forged = await request.post("/login", {
    headers: { origin: "http://evil.example", "x-forwarded-host": `evil.example, ${host}` },
    data: "x",
  });
  expect(forged.status()).toBe(403);
  expectSecurityHeaders(forged.headers());
});

test("TRACE and other methods the app does not serve get 405 with the security headers", async ({ request }) => {
  for (const method of ["TRACE", "PUT", "DELETE"]) {
    const response = await request.fetch("/login", { method });
    expect(response.status(), method).toBe(405);
    expectSecurityHeaders(response.headers());
  }
});

test("odd sign-in requests get a clear answer, never a 500", async ({ request }) => {
  const callback = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(callback.status()).toBeGreaterThanOrEqual(300);
  expect(callback.status()).toBeLessThan(500);
  for (const path of [
    "/api/auth/signin?callbackUrl=javascript:alert(1)",
    "/api/auth/signout?callbackUrl=javascript:alert(1)",
    "/login?callbackUrl=javascript:alert(1)",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers().location ?? "", path).not.toMatch(/javascript:/i);
    expectSecurityHeaders(response.headers());
  }
});

test("malformed, truncated, deeply nested and oversized action bodies get a 4xx, never a 500", async ({ page, baseURL }) => {
  await signIn(page, school.teacher.login);
  const api = page.request;
  const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
  for (const [name, body] of [
    ["not JSON", "this is not json"],
    ["truncated", '[{"assignmentId":1,"lessonId":'],
    ["5000 deep", deep],
  ] as const) {
    const response = await saveCell(api, baseURL as string, body);
    expect(response.status(), name).toBeGreaterThanOrEqual(400);
    expect(response.status(), name).toBeLessThan(500);
    expectSecurityHeaders(response.headers());
  }
  const huge = await saveCell(api, baseURL as string, "x".repeat(12 * 1024 * 1024));
  expect(huge.status()).toBe(413);
  expectSecurityHeaders(huge.headers());
});

test("a homework file of exactly the upload limit is saved; a larger one is refused in the form, in words", async ({ page }) => {
  await signIn(page, school.teacher.login);
  await page.goto(`/journal/${school.assignmentId}`);
  const pdf = (size: number) => {
    const buffer = Buffer.alloc(size);
    buffer.write("%PDF-1.7\n");
    return buffer;
  };
  await page.locator(`[data-lesson="${school.lessons[1].id}"] button`).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(ruJournal.lesson.homeworkText).fill("Прочитать главу");
  await dialog.getByLabel(ruJournal.lesson.addFiles).setInputFiles({ name: "большой.pdf", mimeType: "application/pdf", buffer: pdf(10 * 1024 * 1024 + 1) });
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toContainText(ruJournal.homework.fileTooBig.replace("{{count}}", "10"));
  await dialog.getByLabel(ruJournal.lesson.addFiles).setInputFiles({ name: "ровно.pdf", mimeType: "application/pdf", buffer: pdf(10 * 1024 * 1024) });
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0, { timeout: 60_000 });
  const stored = await withE2EDb((db) => db.homeworkAttachment.findMany({ where: { schoolId: school.schoolId }, select: { fileName: true, size: true } }));
  expect(stored).toEqual([{ fileName: "ровно.pdf", size: 10 * 1024 * 1024 }]);
});
