// The installable app in Chromium: the service worker registers; a parent's diary week opens
// offline from the worker's copy with the "offline, shown as of" line; nothing else is cached;
// after sign-out (or another person's sign-in) that copy is gone and never shown to the next
// person; the notifications page still registers the worker for Web Push.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { addDays, schoolToday, startOfWeek } from "../lib/i18n/dates";
import ruNotifications from "../locales/ru/notifications.json" with { type: "json" };
import { createPerson } from "../test/support/factories";
import { createE2ESchool, withE2EDb } from "./fixtures";
import { assertLocalDatabase, DEMO_PASSWORD, signIn, switchLanguage } from "./helpers";

// Several sign-ins (Argon2, deliberately slow) and service worker installs per test on a loaded machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const monday = startOfWeek(schoolToday());
let school: Awaited<ReturnType<typeof createE2ESchool>>;
let otherParent: { id: number; login: string };
const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

test.beforeAll(async () => {
  assertLocalDatabase();
  school = await createE2ESchool({ lessonDates: [monday, addDays(monday, 1)] });
  await withE2EDb(async (db) => {
    const { schoolId, pupils } = school;
    // The parent of the second pupil: another family in the same class.
    const { hashPassword } = await import("../lib/auth/password");
    otherParent = await createPerson(db, schoolId, ["PARENT"], "Другой", { passwordHash: await hashPassword(DEMO_PASSWORD) });
    await db.parentLink.create({ data: { schoolId, parentId: otherParent.id, childId: pupils[1].id } });
  });
});

/** The worker controls the page (it registers from the signed-in shell). */
async function workerScript(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    return registration.active?.scriptURL ?? "";
  });
}

/** The diary caches in this browser and the pages in each. */
async function diaryCaches(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const cacheName of await caches.keys()) {
      if (!cacheName.startsWith("belem-diary-")) continue;
      out[cacheName] = (await (await caches.open(cacheName)).keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

async function offlineGoto(page: Page, url: string): Promise<boolean> {
  try {
    await page.goto(url);
    return true;
  } catch {
    // Chromium commits its own error page after goto() gives up: let it, or the next goto is cut short.
    await expect.poll(() => page.url()).toMatch(/^chrome-error:/);
    await page.waitForLoadState("load");
    return false;
  }
}

async function openWeekOnline(page: Page, context: BrowserContext, pupilId: number, personId: number) {
  await context.setOffline(false);
  await page.goto(`/diary/${pupilId}`);
  expect(await workerScript(page)).toMatch(/^https?:\/\/[^/]+\/sw\.js$/);
  // The first visit may have come before the worker took control; this one goes through it.
  await page.reload();
  await expect.poll(() => diaryCaches(page)).toEqual({ [`belem-diary-${personId}`]: [`/diary/${pupilId}`] });
}

test("a parent's diary week opens offline, and only for that parent", async ({ page, context }) => {
  const [first, second] = school.pupils;
  await signIn(page, school.parent.login);
  await expect(page).toHaveURL(new RegExp(`/diary/${first.id}$`));
  await openWeekOnline(page, context, first.id, school.parent.id);
  await expect(page.getByTestId("offline-notice")).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-notice")).toHaveText(/^Нет сети: показано на \d{1,2} [а-я]+, \d\d:\d\d$/);
  await expect(page.getByText(name(first)).first()).toBeVisible();
  // Only diary weeks are kept: the notifications page (like the journal, actions, API) needs the network.
  expect(await offlineGoto(page, "/notifications")).toBe(false);

  // Sign-out removes the copy.
  await openWeekOnline(page, context, first.id, school.parent.id);
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await diaryCaches(page)).toEqual({});

  // Another parent signs in on the same browser and goes offline: the first family's week is not there.
  await signIn(page, otherParent.login);
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}$`));
  await openWeekOnline(page, context, second.id, otherParent.id);
  await context.setOffline(true);
  if (await offlineGoto(page, `/diary/${first.id}`)) await expect(page.getByText(name(first))).toHaveCount(0);
  await page.goto(`/diary/${second.id}`);
  await expect(page.getByTestId("offline-notice")).toBeVisible();
  await expect(page.getByText(name(second)).first()).toBeVisible();
});

test("a session that ended without the sign-out button: the sign-in page drops the copy", async ({ page, context }) => {
  const [first, second] = school.pupils;
  await signIn(page, school.parent.login);
  await openWeekOnline(page, context, first.id, school.parent.id);
  // The session cookie goes (expired, cleared by the browser): no sign-out message reached the worker.
  await context.clearCookies();
  await signIn(page, otherParent.login);
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}$`));
  await expect.poll(() => diaryCaches(page)).not.toHaveProperty(`belem-diary-${school.parent.id}`);
  await context.setOffline(true);
  if (await offlineGoto(page, `/diary/${first.id}`)) await expect(page.getByText(name(first))).toHaveCount(0);
});

test("notifications: the page offers push on this device and registers the same worker", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signIn(page, school.parent.login);
  await page.goto("/notifications");
  await expect(page.getByRole("button", { name: ruNotifications.settings.turnOn })).toBeVisible();
  expect(new URL(await workerScript(page)).pathname).toBe("/sw.js");
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(new URL("/", page.url()).href);
});

test("notifications: turning push on stores the subscription", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signIn(page, school.parent.login);
  await page.goto("/notifications");
  const turnOn = page.getByRole("button", { name: ruNotifications.settings.turnOn });
  await expect(turnOn).toBeVisible();
  await workerScript(page);
  // Headless Chromium has no push service (subscribe() is refused whatever the permission), and a
  // real one is a vendor's server out on the Internet. Where subscribe() fails, the browser's half
  // of it stands in: a subscription with a fresh P-256 key and secret made by WebCrypto, as a push
  // service hands out. Everything after it is real: the page's button, the server action, the row.
  // (Delivery to an endpoint, with the payload decrypted, is tested in lib/notifications.)
  const endpoint = await page.evaluate(async () => {
    const b64u = (b: Uint8Array) =>
      btoa(String.fromCharCode(...b))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "");
    try {
      const probe = await (await navigator.serviceWorker.ready).pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: (await crypto.subtle.exportKey(
          "raw",
          (
            await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"])
          ).publicKey,
        )) as ArrayBuffer,
      });
      await probe.unsubscribe();
      return null;
    } catch {
      const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const p256dh = b64u(new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey)));
      const auth = b64u(crypto.getRandomValues(new Uint8Array(16)));
      const url = `https://push.invalid/send/${b64u(crypto.getRandomValues(new Uint8Array(12)))}`;
      let current: unknown = null;
      const subscription = { endpoint: url, expirationTime: null, toJSON: () => ({ endpoint: url, keys: { p256dh, auth } }), unsubscribe: async () => true };
      PushManager.prototype.subscribe = async () => {
        current = subscription;
        return subscription as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async () => current as PushSubscription | null;
      return url;
    }
  });
  await turnOn.click();
  await expect(page.getByText(ruNotifications.settings.isOn)).toBeVisible();
  const stored = () => withE2EDb((db) => db.pushSubscription.findMany({ where: { userId: school.parent.id }, select: { endpoint: true } }));
  await expect.poll(async () => (await stored()).length).toBe(1);
  if (endpoint) expect((await stored())[0].endpoint).toBe(endpoint);
});

// Last, as it leaves this parent reading Tatar. The language switch is a server action that
// revalidates the whole layout: the worker must stay the file built with the app (it once was a
// route that the standalone server then tried to build again, and /sw.js failed).
test("after a layout-wide revalidation the worker is still served, and the offline line is in Tatar", async ({ page, context }) => {
  const second = school.pupils[1];
  await signIn(page, otherParent.login);
  await expect(page).toHaveURL(new RegExp(`/diary/${second.id}$`));
  await switchLanguage(page, "tt");
  const script = await page.request.get("/sw.js");
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toMatch(/javascript/);
  expect(await script.text()).toContain("belem-diary-");
  await openWeekOnline(page, context, second.id, otherParent.id);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-notice")).toHaveText(/^Челтәр юк: \d{1,2} [а-яәөүҗңһ]+, \d\d:\d\d халәте күрсәтелә$/);
  await expect(page.getByText(name(second)).first()).toBeVisible();
});
