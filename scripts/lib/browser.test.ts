// `npm test` on a bare machine: which Chromium it uses, or how it gets one, or the one sentence it
// stops with.
import { describe, expect, it } from "vitest";
import { APT_INSTALL, chooseBrowser, installFailedMessage, PLAYWRIGHT_INSTALL, SYSTEM_CHROMIUM, type TBrowserFacts } from "./browser";

const PW = "/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome";

function facts(present: string[], over: Partial<TBrowserFacts> = {}): TBrowserFacts {
  return { systemPaths: SYSTEM_CHROMIUM, playwrightPath: PW, exists: (p) => present.includes(p), isRoot: false, hasAptGet: false, ...over };
}

describe("choosing the end-to-end browser", () => {
  it("uses CHROMIUM_PATH first when it exists", () => {
    expect(chooseBrowser(facts(["/opt/chrome", "/usr/bin/chromium", PW], { chromiumPath: "/opt/chrome" }))).toEqual({
      kind: "use",
      path: "/opt/chrome",
      source: "CHROMIUM_PATH",
    });
  });

  it("stops with a sentence naming CHROMIUM_PATH when it points nowhere, rather than using another browser", () => {
    const d = chooseBrowser(facts(["/usr/bin/chromium"], { chromiumPath: "/opt/nothing" }));
    expect(d.kind).toBe("fail");
    expect(d.kind === "fail" && d.message).toContain("CHROMIUM_PATH is set to /opt/nothing");
  });

  it("uses Debian's Chromium, then chromium-browser, before Playwright's cache", () => {
    expect(chooseBrowser(facts(["/usr/bin/chromium", "/usr/bin/chromium-browser", PW]))).toMatchObject({ kind: "use", path: "/usr/bin/chromium" });
    expect(chooseBrowser(facts(["/usr/bin/chromium-browser", PW]))).toMatchObject({ kind: "use", path: "/usr/bin/chromium-browser" });
    expect(chooseBrowser(facts([PW]))).toEqual({ kind: "use", path: PW, source: "playwright" });
  });

  it("installs Debian's package as root where apt-get exists", () => {
    expect(chooseBrowser(facts([], { isRoot: true, hasAptGet: true }))).toEqual({ kind: "install", command: APT_INSTALL, via: "apt" });
    expect(APT_INSTALL).toBe("apt-get install -y chromium");
  });

  it("installs Playwright's browser when not root or without apt-get", () => {
    const playwright = { kind: "install", command: PLAYWRIGHT_INSTALL, via: "playwright" };
    expect(chooseBrowser(facts([], { isRoot: false, hasAptGet: true }))).toEqual(playwright);
    expect(chooseBrowser(facts([], { isRoot: true, hasAptGet: false }))).toEqual(playwright);
    expect(chooseBrowser(facts([], { playwrightPath: undefined }))).toEqual(playwright);
  });

  it("a failed install is one sentence naming the command that fixes it", () => {
    const message = installFailedMessage(APT_INSTALL);
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain("`apt-get install -y chromium`");
  });
});
