// Which Chromium the end-to-end tests use, and how `npm test` gets one when the machine has none.
// `chooseBrowser` is the whole decision, pure (tested in browser.test.ts); `findOrInstallBrowser`
// feeds it the machine's facts and runs the install it asks for.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const APT_INSTALL = "apt-get install -y chromium";
export const PLAYWRIGHT_INSTALL = "npx playwright install chromium";

export type TBrowserFacts = {
  /** CHROMIUM_PATH from the environment, if set. */
  chromiumPath?: string;
  /** Where the system's Chromium may be (SYSTEM_CHROMIUM). */
  systemPaths: string[];
  /** Where Playwright's own browser would be (chromium.executablePath()). */
  playwrightPath?: string;
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
};

export type TBrowserDecision =
  | { kind: "use"; path: string; source: "CHROMIUM_PATH" | "system" | "playwright" }
  | { kind: "install"; command: string; via: "apt" | "playwright" }
  | { kind: "fail"; message: string };

export function chooseBrowser(f: TBrowserFacts): TBrowserDecision {
  if (f.chromiumPath) {
    if (f.exists(f.chromiumPath)) return { kind: "use", path: f.chromiumPath, source: "CHROMIUM_PATH" };
    // A path the person set on purpose and got wrong is not silently replaced by another browser.
    return { kind: "fail", message: `CHROMIUM_PATH is set to ${f.chromiumPath}, which does not exist: fix it or unset it.` };
  }
  const system = f.systemPaths.find((p) => f.exists(p));
  if (system) return { kind: "use", path: system, source: "system" };
  if (f.playwrightPath && f.exists(f.playwrightPath)) return { kind: "use", path: f.playwrightPath, source: "playwright" };
  // Debian's package brings the libraries Chromium needs; Playwright's download does not.
  if (f.isRoot && f.hasAptGet) return { kind: "install", command: APT_INSTALL, via: "apt" };
  return { kind: "install", command: PLAYWRIGHT_INSTALL, via: "playwright" };
}

export function installFailedMessage(command: string) {
  return `[test] Chromium for the end-to-end tests could not be installed: run \`${command}\` (or set CHROMIUM_PATH to a Chromium), then \`npm test\` again.`;
}

async function playwrightExecutablePath(): Promise<string | undefined> {
  try {
    const { chromium } = await import("@playwright/test");
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function hasCommand(name: string) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/**
 * The path of a Chromium for Playwright, installing one when none is found; undefined after a
 * failed install (the one-sentence reason is already printed). BELEM_BROWSER_CANDIDATES (a
 * colon-separated list replacing the system paths and Playwright's cache) and BELEM_BROWSER_INSTALL
 * (a command replacing the install) let the no-browser path be tried on a machine that has one.
 */
export async function findOrInstallBrowser(log: (line: string) => void = console.log): Promise<string | undefined> {
  const candidates = process.env.BELEM_BROWSER_CANDIDATES;
  const facts = async (): Promise<TBrowserFacts> => ({
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    systemPaths: candidates === undefined ? SYSTEM_CHROMIUM : candidates.split(":").filter(Boolean),
    playwrightPath: candidates === undefined ? await playwrightExecutablePath() : undefined,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: hasCommand("apt-get"),
  });
  const first = chooseBrowser(await facts());
  if (first.kind === "use") return first.path;
  if (first.kind === "fail") {
    log(`[test] ${first.message}`);
    return undefined;
  }
  const override = process.env.BELEM_BROWSER_INSTALL;
  log(`[test] installing Chromium: ${override ?? first.command}`);
  const script =
    override ??
    (first.via === "apt" ? `DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${APT_INSTALL} -qq` : PLAYWRIGHT_INSTALL);
  const ok = spawnSync("sh", ["-c", script], { stdio: ["ignore", "ignore", "inherit"] }).status === 0;
  const after = ok ? chooseBrowser(await facts()) : first;
  if (after.kind === "use") return after.path;
  log(installFailedMessage(first.command));
  return undefined;
}
