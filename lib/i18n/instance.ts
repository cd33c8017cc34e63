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

/** The bundles of one language a part of the app translates with on the client. */
export function bundlesFor(lng: TLanguage, ns: readonly TNamespace[]): TClientBundles {
  return Object.fromEntries(ns.map((n) => [n, resources[lng][n]]));
}

export type TClientBundles = Partial<Record<TNamespace, unknown>>;
