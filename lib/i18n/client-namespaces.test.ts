// The browser gets only the namespaces a section's layout hands down (<WithNamespaces>) on top of
// the root layout's. A client component that translates with a namespace no layout above it
// provides shows its keys ("to", "send") instead of text, and only on a page loaded directly: a
// section visited earlier in the tab has already added its bundle. So, from the sources: every
// client component's useT() namespaces must be provided above every place it is rendered from
// (its own folder when it lives in app/, and the folder of each app/ file that imports it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const APP = join(ROOT, "app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = [...sourceFiles(APP), ...sourceFiles(join(ROOT, "components"))];
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

const quoted = (list: string) => [...list.matchAll(/"([\w-]+)"/g)].map((m) => m[1]);

/** Namespaces a client file translates with. */
function usedNamespaces(source: string): string[] {
  return [...source.matchAll(/useT\(([^)]*)\)/g)].flatMap((m) => (m[1].trim() === "" ? ["common"] : quoted(m[1])));
}

const rootLayout = text.get(join(APP, "layout.tsx")) ?? "";
const ROOT_NAMESPACES = quoted(rootLayout.match(/ROOT_NAMESPACES = \[([^\]]*)\]/)?.[1] ?? "");

/** Namespaces the layouts from `dir` up to app/ provide. */
function providedAt(dir: string): Set<string> {
  const provided = new Set(ROOT_NAMESPACES);
  for (let d = dir; d.startsWith(APP); d = dirname(d)) {
    const layout = text.get(join(d, "layout.tsx"));
    for (const m of layout?.matchAll(/WithNamespaces ns=\{\[([^\]]*)\]\}/g) ?? []) for (const ns of quoted(m[1])) provided.add(ns);
  }
  return provided;
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  return [`${base}.tsx`, `${base}.ts`, join(base, "index.tsx")].find((p) => existsSync(p)) ?? null;
}

/** Who imports whom, among app/ and components/. */
const importers = new Map<string, string[]>();
for (const [file, source] of text) {
  for (const m of source.matchAll(/from "([^"]+)"/g)) {
    const target = resolveImport(file, m[1]);
    if (target && text.has(target)) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
}

/** The app/ files a component is rendered from: itself when in app/, and whoever imports it, transitively. */
function renderSites(file: string): string[] {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    for (const f of importers.get(queue.shift() as string) ?? []) {
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(f);
    }
  }
  return [...seen].filter((f) => f.startsWith(APP));
}

describe("client components' namespaces", () => {
  it("reads the root layout's namespaces", () => {
    expect(ROOT_NAMESPACES).toContain("common");
  });

  it("are provided by a layout above every place they are rendered from", () => {
    const missing: string[] = [];
    for (const [file, source] of text) {
      if (!source.startsWith('"use client"')) continue;
      const used = usedNamespaces(source);
      for (const site of renderSites(file)) {
        const provided = providedAt(dirname(site));
        for (const ns of used) if (!provided.has(ns)) missing.push(`${relative(ROOT, file)} uses "${ns}", not provided at ${relative(ROOT, site)}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
