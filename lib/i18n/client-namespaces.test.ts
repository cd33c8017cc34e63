// The browser receives only the bundles the root layout and the section layouts above a page hand
// it (<WithNamespaces>). A client component translating with a namespace nobody above it hands
// over shows its keys ("announcements.heading") on the first visit, and the text only after some
// other page happened to load that bundle. This test reads the sources: every namespace a client
// component translates with must be handed over by a layout above every page that shows it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const APP = join(ROOT, "app");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const rootNamespaces = (() => {
  const layout = readFileSync(join(APP, "layout.tsx"), "utf8");
  const list = layout.match(/ROOT_NAMESPACES = \[([^\]]*)\]/);
  if (!list) throw new Error("app/layout.tsx: ROOT_NAMESPACES not found");
  return new Set([...list[1].matchAll(/"(\w+)"/g)].map((m) => m[1]));
})();

/** What each folder's layout.tsx hands to the client components below it: "diary", or a part of one, "diary:week". */
const handedOver = new Map<string, Set<string>>(
  files(APP)
    .filter((f) => f.endsWith("/layout.tsx"))
    .map((f) => {
      const s = readFileSync(f, "utf8");
      const ns = [...s.matchAll(/WithNamespaces\s+ns=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1].matchAll(/"(\w+(?::[\w.]+)?)"/g)].map((n) => n[1]));
      return [dirname(f), new Set(ns)];
    }),
);

/** Everything handed over above a folder: whole namespaces and parts ("diary:week"). */
function handedAt(dir: string): Set<string> {
  const out = new Set(rootNamespaces);
  for (let d = dir; d.startsWith(APP); d = dirname(d)) for (const n of handedOver.get(d) ?? []) out.add(n);
  return out;
}

/** The namespaces present (whole or in part) above a folder. */
function availableAt(dir: string): Set<string> {
  return new Set([...handedAt(dir)].map((n) => n.split(":")[0]));
}

/** Whether "ns:key" is in what is handed over: its whole namespace, or a part that contains it. */
function hasKey(handed: Set<string>, ns: string, key: string): boolean {
  if (handed.has(ns)) return true;
  return [...handed].some((h) => {
    const [n, part] = h.split(":");
    return n === ns && part !== undefined && (key === part || key.startsWith(`${part}.`) || key.startsWith(`${part}_`));
  });
}

/** The literal keys a client source translates, with their namespace: t("ns:key"), or t("key") in useT's first namespace. */
function keysOf(source: string): { ns: string; key: string }[] {
  const first = /useT\(\s*\[?\s*"(\w+)"/.exec(source)?.[1] ?? "common";
  return [...source.matchAll(/\bt\(\s*"([\w.:]+)"/g)].map(([, k]) => (k.includes(":") ? { ns: k.split(":")[0], key: k.split(":")[1] } : { ns: first, key: k }));
}

/** The namespaces a client source translates with: useT(…) arguments and t("ns:key") prefixes. */
function namespacesOf(source: string): string[] {
  const used = new Set<string>();
  for (const m of source.matchAll(/useT\(([^)]*)\)/g)) {
    const names = [...m[1].matchAll(/"(\w+)"/g)].map((n) => n[1]);
    for (const n of m[1].trim() ? names : ["common"]) used.add(n);
  }
  for (const m of source.matchAll(/\bt\("(\w+):/g)) used.add(m[1]);
  return [...used];
}

const sources = [...files(APP), ...files(join(ROOT, "components"))].map((path) => ({ path, text: readFileSync(path, "utf8") }));
const isClient = (text: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(text);

const isShared = (path: string) => !path.startsWith(APP) || path.includes("/_components/");

/** Where a component is shown: its own folder, or for a shared one the folders of the app's files
 * that import it (through other shared components too). */
function placesShown(path: string, seen = new Set<string>()): string[] {
  if (!isShared(path)) return [dirname(path)];
  if (seen.has(path)) return [];
  seen.add(path);
  const bare = path.replace(/\.tsx?$/, "");
  return sources
    .filter((s) => s.path !== path)
    .filter((s) =>
      [...s.text.matchAll(/from "([^"]+)"/g)].some(([, spec]) => {
        const target = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(s.path), spec) : "";
        return target === bare;
      }),
    )
    .flatMap((s) => placesShown(s.path, seen));
}

describe("client components' translations", () => {
  it("every namespace a client component uses is handed over by a layout above where it is shown", () => {
    const missing: string[] = [];
    for (const { path, text } of sources.filter((s) => isClient(s.text))) {
      const used = namespacesOf(text);
      if (used.length === 0) continue;
      for (const place of new Set(placesShown(path))) {
        const have = availableAt(place);
        for (const ns of used) if (!have.has(ns)) missing.push(`${relative(ROOT, path)} uses "${ns}", not handed over at ${relative(ROOT, place)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every key a client component translates is in the part of its namespace handed over where it is shown", () => {
    const missing: string[] = [];
    for (const { path, text } of sources.filter((s) => isClient(s.text))) {
      const keys = keysOf(text);
      for (const place of new Set(placesShown(path))) {
        const handed = handedAt(place);
        for (const { ns, key } of keys)
          if (!hasKey(handed, ns, key)) missing.push(`${relative(ROOT, path)} uses "${ns}:${key}", not handed over at ${relative(ROOT, place)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("the check finds what it looks for", () => {
    expect(namespacesOf(`const { t } = useT("messages"); t("journal:title")`).sort()).toEqual(["journal", "messages"]);
    expect(namespacesOf("const { t } = useT();")).toEqual(["common"]);
    expect(rootNamespaces.has("common")).toBe(true);
    expect(handedOver.size).toBeGreaterThan(3);
    expect(keysOf(`const { t } = useT(["diary", "common"]); t("week.lesson", { n }); t("common:today")`)).toEqual([
      { ns: "diary", key: "week.lesson" },
      { ns: "common", key: "today" },
    ]);
    const handed = new Set(["common", "diary:week", "diary:children.unread"]);
    expect(hasKey(handed, "diary", "week.lesson")).toBe(true);
    expect(hasKey(handed, "diary", "children.unread")).toBe(true);
    expect(hasKey(handed, "diary", "children.title")).toBe(false);
    expect(hasKey(handed, "diary", "weekend")).toBe(false);
    expect(hasKey(handed, "common", "anything")).toBe(true);
  });
});
