// No dependency below the release that fixed a known critical or high advisory in
// the parts of the stack that run on the server. `npm audit --omit=dev` is the first check (see
// docs/security.md); this test keeps the floor in `npm test`, where the advisory service may be
// out of reach (it is from the build machine). Versions are read from package-lock.json, which is
// what `npm ci` installs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The first release of each line that carries every fix listed. */
const FLOORS: { name: string; floor: string; why: string }[] = [
  {
    name: "next",
    floor: "16.0.10",
    why: "CVE-2025-66478 (RSC remote code execution), CVE-2025-55183/55184 and CVE-2025-67779 (source exposure, denial of service)",
  },
  { name: "react", floor: "19.2.3", why: "CVE-2025-55182 (React Server Components RCE) and its follow-ups" },
  { name: "react-dom", floor: "19.2.3", why: "released together with react" },
  { name: "next-auth", floor: "4.24.12", why: "GHSA-5jpx-9hw9-2fx4 (email sign-in misdelivery)" },
];

const parse = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
function atLeast(version: string, floor: string): boolean {
  const [a, b] = [parse(version), parse(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

const lock = JSON.parse(readFileSync(join(import.meta.dirname, "../../package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };

describe("dependencies", () => {
  it("compares versions as numbers", () => {
    expect(atLeast("16.10.0", "16.9.1")).toBe(true);
    expect(atLeast("19.2.2", "19.2.3")).toBe(false);
    expect(atLeast("19.2.3", "19.2.3")).toBe(true);
    expect(atLeast("4.24.15", "4.24.12")).toBe(true);
  });

  for (const { name, floor, why } of FLOORS) {
    it(`${name} is at least ${floor}: ${why}`, () => {
      const installed = lock.packages[`node_modules/${name}`]?.version;
      expect(installed, `${name} is not in package-lock.json`).toBeDefined();
      expect(atLeast(installed as string, floor), `${name} ${installed} < ${floor}`).toBe(true);
    });
  }
});
