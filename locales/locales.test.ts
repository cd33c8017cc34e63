// Every key exists in Russian and in Tatar, and every plural has the forms its language needs:
// Russian _one/_few/_many, Tatar _one/_other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type TTree = { [key: string]: string | TTree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const FORMS = { ru: ["one", "few", "many"], tt: ["one", "other"] } as const;

function flatten(tree: TTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
}

function keysOf(lng: "ru" | "tt"): string[] {
  const dir = join(import.meta.dirname, lng);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => flatten(JSON.parse(readFileSync(join(dir, f), "utf8"))).map((k) => `${f.replace(/\.json$/, "")}:${k}`));
}

function bundleProblems(ru: string[], tt: string[]): string[] {
  const base = (k: string) => k.replace(PLURAL, "");
  const problems: string[] = [];
  const ruBase = new Set(ru.map(base));
  const ttBase = new Set(tt.map(base));
  for (const k of ruBase) if (!ttBase.has(k)) problems.push(`only in ru: ${k}`);
  for (const k of ttBase) if (!ruBase.has(k)) problems.push(`only in tt: ${k}`);
  for (const [lng, keys] of [
    ["ru", ru],
    ["tt", tt],
  ] as const) {
    const set = new Set(keys);
    for (const k of new Set(keys.filter((x) => PLURAL.test(x)).map(base))) {
      for (const form of FORMS[lng]) if (!set.has(`${k}_${form}`)) problems.push(`${lng} plural ${k} lacks _${form}`);
    }
    for (const k of keys) {
      const form = PLURAL.exec(k)?.[1];
      if (form && !(FORMS[lng] as readonly string[]).includes(form)) problems.push(`${lng} has no plural form _${form}: ${k}`);
    }
  }
  return problems;
}

describe("locale bundles", () => {
  it("ru and tt have the same keys and complete plurals", () => {
    expect(bundleProblems(keysOf("ru"), keysOf("tt"))).toEqual([]);
  });

  it("the check finds a missing key and a missing plural form", () => {
    expect(bundleProblems(["a:x", "a:n_one", "a:n_few", "a:n_many"], ["a:n_one"])).toEqual(["only in ru: a:x", "tt plural a:n lacks _other"]);
    expect(bundleProblems(["a:n_one", "a:n_many"], ["a:n_one", "a:n_other"])).toEqual(["ru plural a:n lacks _few"]);
    expect(bundleProblems(["a:n_one", "a:n_few", "a:n_many"], ["a:n_one", "a:n_few", "a:n_other"])).toEqual(["tt has no plural form _few: a:n_few"]);
  });

  it("no value is empty", () => {
    for (const lng of ["ru", "tt"] as const) {
      const dir = join(import.meta.dirname, lng);
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
        const raw = readFileSync(join(dir, f), "utf8");
        expect(raw, `${lng}/${f}`).not.toMatch(/:\s*""/);
      }
    }
  });
});
