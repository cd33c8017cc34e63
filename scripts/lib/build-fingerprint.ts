// Whether the production build in the dist folder was made from the source as it is now. `npm start`
// builds when there is no build, and again after a `git pull` or an edit: a fingerprint (sha256 of
// every source file's path and content) is stored beside the build and compared at start-up.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** What a production build is made from. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "locales",
  "public",
  "proxy.ts",
  "next.config.js",
  "serwist.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
/** Dependencies, hidden folders and tests do not go into the build. */
const SKIP = /(^|\/)(node_modules|\.[^/]+)(\/|$)|\.test\.tsx?$/;
const FILE = "belem-source.sha256";

function listFiles(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

export function sourceFingerprint(root: string, sources: readonly string[] = BUILD_SOURCES): string {
  const hash = createHash("sha256");
  const paths = sources.flatMap((s) => listFiles(root, s)).filter((p) => !SKIP.test(p));
  for (const path of paths.sort())
    hash
      .update(path)
      .update("\0")
      .update(readFileSync(join(root, path)))
      .update("\0");
  return hash.digest("hex");
}

/** True when distDir holds a build made from the current source. */
export function isBuildCurrent(root: string, distDir: string, fingerprint: string): boolean {
  const stored = join(root, distDir, FILE);
  return existsSync(join(root, distDir, "BUILD_ID")) && existsSync(stored) && readFileSync(stored, "utf8").trim() === fingerprint;
}

export function recordBuild(root: string, distDir: string, fingerprint: string) {
  writeFileSync(join(root, distDir, FILE), `${fingerprint}\n`);
}
