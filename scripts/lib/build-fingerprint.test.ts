// `npm start` rebuilds after a pull or an edit, and only then.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./build-fingerprint";

let root: string;
function project() {
  root = mkdtempSync(join(tmpdir(), "belem-fp-"));
  for (const dir of ["app", "lib", ".next", "lib/node_modules/x"]) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "app/page.tsx"), "export default 1;");
  writeFileSync(join(root, "lib/a.ts"), "export const a = 1;");
  writeFileSync(join(root, "next.config.js"), "module.exports = {};");
  writeFileSync(join(root, ".next/BUILD_ID"), "x");
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build's source fingerprint", () => {
  it("says a build is current only after it was recorded, until a source file changes", () => {
    project();
    const fp = sourceFingerprint(root);
    expect(isBuildCurrent(root, ".next", fp)).toBe(false);
    recordBuild(root, ".next", fp);
    expect(isBuildCurrent(root, ".next", sourceFingerprint(root))).toBe(true);
    writeFileSync(join(root, "lib/a.ts"), "export const a = 2;");
    expect(isBuildCurrent(root, ".next", sourceFingerprint(root))).toBe(false);
  });

  it("notices a new or renamed file, and ignores tests, dependencies and the build itself", () => {
    project();
    const fp = sourceFingerprint(root);
    writeFileSync(join(root, "lib/a.test.ts"), "test");
    writeFileSync(join(root, "lib/node_modules/x/index.js"), "x");
    writeFileSync(join(root, ".next/other"), "x");
    expect(sourceFingerprint(root)).toBe(fp);
    writeFileSync(join(root, "app/new.tsx"), "");
    expect(sourceFingerprint(root)).not.toBe(fp);
  });

  it("needs a build to exist", () => {
    project();
    rmSync(join(root, ".next/BUILD_ID"));
    const fp = sourceFingerprint(root);
    recordBuild(root, ".next", fp);
    expect(isBuildCurrent(root, ".next", fp)).toBe(false);
  });
});
