import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./scripts/lib/browser";

// `npm test` finds or installs a Chromium (scripts/lib/browser.ts) and passes it as CHROMIUM_PATH;
// run directly, Playwright looks at the same system paths, then falls back to its own browser.
const systemChromium = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // Separate output per test cluster so parallel runs do not delete each other's downloads.
  outputDir: process.env.BELEM_TEST_PG_NAME ? `test-results/${process.env.BELEM_TEST_PG_NAME}` : "test-results",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:3100",
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], locale: "ru-RU" } }],
});
