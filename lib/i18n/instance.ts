// One i18next instance per language on the server, built synchronously from every bundle.
import type { i18n as TI18n } from "i18next";
import { createI18n } from "./create";
import { resources } from "./resources";
import { NAMESPACES, type TLanguage, type TNamespace } from "./settings";

const instances = new Map<TLanguage, TI18n>();

export function i18nFor(lng: TLanguage): TI18n {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createI18n(lng, resources, NAMESPACES);
    instances.set(lng, instance);
  }
  return instance;
}

/**
 * What a part of the app hands its client components: a whole namespace ("auth"), or one part of
 * one ("diary:week", "diary:children.unread"), so a page does not carry, in every response, the
 * texts only the server renders. A last part also takes its plural forms (`unread_one`, …).
 */
export type TClientNamespace = TNamespace | `${TNamespace}:${string}`;

type TTree = { [key: string]: string | TTree };
const picked = new Map<string, TClientBundles>();

/** The bundles of one language a part of the app translates with on the client (the same object for the same request). */
export function bundlesFor(lng: TLanguage, ns: readonly TClientNamespace[]): TClientBundles {
  const id = `${lng}|${ns.join(",")}`;
  let out = picked.get(id);
  if (!out) {
    out = {};
    for (const spec of ns) {
      const [name, path] = spec.split(":") as [TNamespace, string | undefined];
      const whole = resources[lng][name] as unknown as TTree;
      out[name] = path ? merge((out[name] as TTree | undefined) ?? {}, pick(whole, path.split("."), spec)) : whole;
    }
    picked.set(id, out);
  }
  return out;
}

function pick(tree: TTree, path: string[], spec: string): TTree {
  const [key, ...rest] = path;
  const value = tree[key];
  if (rest.length === 0) {
    const plurals = Object.entries(tree).filter(([k]) => k.startsWith(`${key}_`));
    if (value === undefined && plurals.length === 0) throw new Error(`i18n: no "${spec}"`);
    return Object.fromEntries([...(value === undefined ? [] : [[key, value]]), ...plurals]);
  }
  if (value === undefined || typeof value === "string") throw new Error(`i18n: no "${spec}"`);
  return { [key]: pick(value, rest, spec) };
}

function merge(into: TTree, from: TTree): TTree {
  const out: TTree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const have = out[k];
    out[k] = typeof v === "object" && typeof have === "object" ? merge(have, v) : v;
  }
  return out;
}

export type TClientBundles = Partial<Record<TNamespace, unknown>>;
