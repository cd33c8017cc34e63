// Against the production build: every page carries the security headers and a
// CSP whose nonce is fresh per request and on every script; the app really runs under it in
// Chromium (each role's pages crawled, no violation reported, the page interactive); server
// actions from another origin, or from none, are refused; the session cookie is http-only and
// same-site.
import { expect, type Page, test } from "@playwright/test";
import { assertLocalDatabase, DEMO_LOGINS, signIn, switchLanguage } from "./helpers";

test.beforeAll(() => assertLocalDatabase());

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("pages carry the security headers and a fresh CSP nonce that every script wears", async ({ request }) => {
  const [first, second] = [await request.get("/login"), await request.get("/login")];
  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  const nonce = nonceOf(csp);
  expect(nonce).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "a script without this request's nonce").toContain(`nonce="${nonce}"`);
});

test("HSTS is sent behind a TLS-terminating proxy, and only there", async ({ request }) => {
  const behindTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(behindTls.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

/** Records CSP violations the browser reports, from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** Visits a start page and the pages its links lead to, a level deep, up to `limit`. */
async function crawl(page: Page, start: string, limit = 10): Promise<string[]> {
  const seen: string[] = [];
  const queue = [start];
  while (queue.length && seen.length < limit) {
    const url = queue.shift() as string;
    if (seen.includes(url)) continue;
    seen.push(url);
    // Scripts and styles are checked as the document loads; "load" has seen them all.
    await page.goto(url, { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), `CSP violations on ${url}`).toEqual([]);
    const links = await page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href") as string));
    for (const link of links) if (!link.startsWith("/api") && !seen.includes(link) && !queue.includes(link)) queue.push(link);
  }
  return seen;
}

for (const role of ["student", "parent", "teacher", "admin", "region"] as const) {
  test(`the ${role}'s pages run under the CSP with no violation`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchCsp(page);
    await signIn(page, DEMO_LOGINS[role]);
    const visited = await crawl(page, new URL(page.url()).pathname);
    expect(visited.length).toBeGreaterThan(2);
    expect(violations).toEqual([]);
  });
}

test("the people pages (whose forms load zod) raise no CSP violation, not even zod's eval probe", async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchCsp(page);
  await signIn(page, DEMO_LOGINS.admin);
  await page.goto("/school/people", { waitUntil: "load" });
  const hrefs = await page.$$eval("a[href^='/school/people/']", (as) => as.map((a) => a.getAttribute("href") as string));
  const person = hrefs.find((h) => /^\/school\/people\/\d+$/.test(h));
  expect(person).toBeDefined();
  for (const url of ["/school/people", "/school/people/new", person as string]) {
    await page.goto(url, { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), `CSP violations on ${url}`).toEqual([]);
  }
  expect(violations).toEqual([]);
});

test("the login page is interactive under the CSP (React hydrated: the language switch works)", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/login");
  await switchLanguage(page, "tt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Керү");
  await switchLanguage(page, "ru");
  expect(violations).toEqual([]);
});

test("a server action is refused from another origin or from none, and works from our own", async ({ page, baseURL }) => {
  await page.goto("/login");
  const [action] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Татарча" }).click(),
  ]);
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await switchLanguage(page, "ru");
  const replay = (origin?: string) =>
    page.request.post(action.url(), {
      headers: {
        "next-action": action.headers()["next-action"],
        "content-type": action.headers()["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
        ...(origin ? { origin } : {}),
      },
      data: action.postData() ?? "",
      maxRedirects: 0,
    });
  const foreign = await replay("https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()["set-cookie"]).toBeUndefined();
  const lookalike = await replay(`http://${new URL(baseURL as string).hostname}.evil.example`);
  expect(lookalike.status()).toBe(403);
  const none = await replay();
  expect(none.status()).toBe(403);
  const own = await replay(new URL(baseURL as string).origin);
  expect(own.status()).toBe(200);
  expect(own.headers()["set-cookie"]).toContain("belem-lang=tt");
});

test("the session cookie is http-only, same-site and scoped to the site", async ({ page, context }) => {
  await signIn(page, DEMO_LOGINS.student);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Plain http here; behind https next-auth sets Secure and the __Secure- prefix (lib/auth/login.integration.test.ts).
  expect(session?.secure).toBe(false);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  for (const c of cookies.filter((c) => c.name.includes("next-auth"))) expect(c.httpOnly, c.name).toBe(true);
});
