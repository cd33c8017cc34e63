// A pupil's diary week asked again, against the production build as it is served: the repeated
// request is answered 304 with no body (the browser shows the copy it kept, its scripts still
// running under the CSP they came with); a mark saved through the journal's action or a message
// to the reader makes the next answer a whole page again; the child's other reader and the
// reader in another language never get a 304 for the parent's copy. (The cache switched off, and
// the change channel lost, are in lib/cache/page-etag.integration.test.ts.)
import { type APIRequestContext, expect, test } from "@playwright/test";
import { schoolToday } from "../lib/i18n/dates";
import { createE2ESchool, termsAround, withE2EDb } from "./fixtures";
import { assertLocalDatabase, signIn } from "./helpers";
import { actionId } from "./kill-harness";

test.describe.configure({ timeout: 180_000 });
// The page's own navigation is watched here: with the service worker in between, the browser's
// revalidation is the worker's fetch, not the page's request (e2e/offline.spec.ts runs the worker).
test.use({ serviceWorkers: "block" });
const today = schoolToday();
const TERMS = termsAround(today);
let school: Awaited<ReturnType<typeof createE2ESchool>>;

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ pupils: 2, lessonDates: [today], ...TERMS });
});

/** The tag of the page, once the server has rendered it for this reader (the first answer may come before it knows the page). */
async function tagOf(api: APIRequestContext, url: string): Promise<string> {
  let tag = "";
  await expect(async () => {
    const r = await api.get(url);
    expect(r.status()).toBe(200);
    tag = r.headers().etag ?? "";
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
  }).toPass({ timeout: 20_000 });
  return tag;
}

test("a repeated diary week is answered 304 until a mark is saved or a message comes; no other reader gets the parent's copy", async ({
  page,
  browser,
  baseURL,
}) => {
  const url = `/diary/${school.pupils[0].id}`;
  const cspErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await signIn(page, school.parent.login);
  await page.goto(url);
  const api = page.request;
  const tag = await tagOf(api, url);
  const first = await api.get(url);
  expect(first.headers()["cache-control"]).toBe("private, no-cache");
  const again = await api.get(url, { headers: { "if-none-match": tag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);

  // The browser keeps the page (it came with a tag: its own, since its requests differ from the API
  // client's, by Accept-Language at least) and asks again with it; the server answers 304 as above
  // (Chromium may report it as the kept page's 200), and the kept page still runs under its CSP.
  const kept = await page.goto(url);
  const browserTag = (await kept?.allHeaders())?.etag;
  expect(browserTag).toMatch(/^W\/"[\w-]+"$/);
  const revisit = await page.goto(url);
  expect((await revisit?.request().allHeaders())?.["if-none-match"]).toBe(browserTag);
  expect([200, 304]).toContain(revisit?.status());
  await expect(page.getByTestId("diary-owner")).toBeVisible();
  expect(cspErrors).toEqual([]);

  // The pupil themselves reads the same week: their own tag, never a 304 on the parent's.
  const pupilContext = await browser.newContext({ baseURL });
  try {
    const pupilPage = await pupilContext.newPage();
    await signIn(pupilPage, school.pupils[0].login);
    await pupilPage.goto(url);
    const pupilTag = await tagOf(pupilPage.request, url);
    expect(pupilTag).not.toBe(tag);
    const borrowed = await pupilPage.request.get(url, { headers: { "if-none-match": tag } });
    expect(borrowed.status()).toBe(200);
    expect(await borrowed.text()).toContain("diary-owner");
  } finally {
    await pupilContext.close();
  }

  // The same parent in Tatar.
  await page.context().addCookies([{ name: "belem-lang", value: "tt", url: baseURL as string }]);
  const tatar = await api.get(url, { headers: { "if-none-match": tag } });
  expect(tatar.status()).toBe(200);
  expect(tatar.headers().etag).not.toBe(tag);
  await page.context().addCookies([{ name: "belem-lang", value: "ru", url: baseURL as string }]);
  const ruTag = await tagOf(api, url);
  expect((await api.get(url, { headers: { "if-none-match": ruTag } })).status()).toBe(304);

  // The teacher saves a mark through the journal's server action.
  const teacherContext = await browser.newContext({ baseURL });
  try {
    const teacherPage = await teacherContext.newPage();
    await signIn(teacherPage, school.teacher.login);
    const input = {
      assignmentId: school.assignmentId,
      lessonId: String(school.lessons[0].id), // a 64-bit id travels as a decimal string
      studentId: school.pupils[0].id,
      upsert: [{ key: "etag-1", value: 5, workKindId: school.workKinds[0].id, isPending: false, comment: null }],
      remove: [],
    };
    const saved = await teacherPage.request.post(`/journal/${school.assignmentId}`, {
      headers: {
        "next-action": actionId("lib/journal/actions.ts", "saveCellAction"),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: baseURL as string,
      },
      data: JSON.stringify([input]),
    });
    expect(saved.status()).toBe(200);
  } finally {
    await teacherContext.close();
  }
  expect(await withE2EDb((db) => db.mark.count({ where: { schoolId: school.schoolId, studentId: school.pupils[0].id } }))).toBe(1);
  const fresh = await api.get(url, { headers: { "if-none-match": ruTag } });
  expect(fresh.status()).toBe(200);
  expect(fresh.headers().etag).not.toBe(ruTag);
  await page.goto(url);
  await expect(page.getByTestId("mark")).toHaveText(["5"]);

  // A message to the parent, written as another app process (or a script) would: the database's
  // notification moves the parent's tag.
  const before = await tagOf(api, url);
  expect((await api.get(url, { headers: { "if-none-match": before } })).status()).toBe(304);
  await withE2EDb(async (db) => {
    const thread = await db.messageThread.create({
      data: {
        schoolId: school.schoolId,
        createdById: school.homeroom.id,
        members: {
          create: [
            { schoolId: school.schoolId, userId: school.homeroom.id },
            { schoolId: school.schoolId, userId: school.parent.id },
          ],
        },
      },
      select: { id: true },
    });
    await db.message.create({ data: { schoolId: school.schoolId, threadId: thread.id, senderId: school.homeroom.id, body: "Завтра собрание" } });
  });
  await expect.poll(async () => (await api.get(url, { headers: { "if-none-match": before } })).status(), { timeout: 10_000 }).toBe(200);
});
