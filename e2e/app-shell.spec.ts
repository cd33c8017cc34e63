// What a person and a phone see around the pages: a translated <title> on every page, the web app
// manifest and its icons, and the translated error and not-found pages with the request id the
// server logged.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, switchLanguage } from "./helpers";

test.describe("titles", () => {
  // Many pages in one test, each a full server render: generous on a loaded machine.
  test.describe.configure({ timeout: 180_000 });
  test("the sign-in page and a teacher's pages have titles in Russian, then in Tatar", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle("Вход — Белем");
    await signIn(page, "teacher");
    await switchLanguage(page, "ru"); // whatever an earlier, interrupted run left in the profile
    for (const [lng, lessons] of [
      ["ru", "Мои уроки"],
      ["tt", "Минем дәресләр"],
    ] as const) {
      if (lng === "tt") await switchLanguage(page, "tt");
      await page.goto("/lessons");
      await expect(page).toHaveTitle(`${lessons} — Белем`);
      await page.goto("/journal");
      await expect(page).toHaveTitle("Журнал — Белем");
      await page
        .getByRole("link", { name: /Математика/ })
        .first()
        .click();
      await expect(page).toHaveTitle(/^Журнал · \d+ «[А-Я]» · Математика — Белем$/);
    }
    await switchLanguage(page, "ru");
  });

  test("every page of the school administrator has its own title", async ({ page }) => {
    await signIn(page, "admin");
    for (const [path, title] of [
      ["/school", "Школа"],
      ["/school/classes", null],
      ["/school/people", null],
      ["/school/timetable", null],
      ["/reports", "Отчёты"],
    ] as const) {
      await page.goto(path);
      const actual = await page.title();
      expect(actual, path).toMatch(/^.+ — Белем$/);
      if (title) expect(actual, path).toContain(title);
    }
  });
});

test.describe("the web app manifest and icons", () => {
  test("the manifest parses, names the app in the visitor's language, and every icon loads", async ({ page, request }) => {
    await page.goto("/login");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBeTruthy();
    const res = await request.get(href as string, { headers: { "accept-language": "tt" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ short_name: "Белем", start_url: "/", display: "standalone", theme_color: "#1f7a57", lang: "tt" });
    const ru = await (await request.get(href as string, { headers: { "accept-language": "ru" } })).json();
    expect(ru.name).not.toBe(manifest.name);
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const r = await request.get(icon.src);
      expect(r.status(), icon.src).toBe(200);
      expect(r.headers()["content-type"], icon.src).toContain(icon.type);
    }
    // The browser itself: the icons the page links to decode as images.
    for (const rel of ["icon", "apple-touch-icon"]) {
      for (const link of await page.locator(`link[rel="${rel}"]`).all()) {
        const url = (await link.getAttribute("href")) as string;
        const size = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img.naturalWidth;
        }, url);
        expect(size, url).toBeGreaterThan(0);
      }
    }
    const touch = await request.get("/apple-touch-icon.png");
    expect(touch.headers()["content-type"]).toBe("image/png");
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
  });
});

test.describe("error pages", () => {
  test("a page that fails shows a translated error with the request id the server logged, and a way home", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "belem-lang", value: "tt", url: baseURL as string }]);
    const res = await page.goto("/diagnostics/error");
    expect(res?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "Нәрсәдер дөрес булмады" })).toBeVisible();
    const line = (await page.getByTestId("request-id").textContent()) ?? "";
    const id = /Хата коды: (\S+)/.exec(line)?.[1];
    expect(id).toBeTruthy();
    // The same id in the server's log, on the line that records the failure.
    await expect
      .poll(
        () =>
          readFileSync(process.env.E2E_SERVER_LOG as string, "utf8")
            .split("\n")
            .filter((l) => l.includes('"request failed"') && l.includes(`"requestId":"${id}"`)).length,
      )
      .toBe(1);
    await page.getByRole("link", { name: "Баш биткә" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown address is a translated not-found page with a way home", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
    await expect(page.getByRole("link", { name: "На главную" })).toBeVisible();
  });
});
