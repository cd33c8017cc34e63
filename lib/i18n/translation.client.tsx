"use client";
// Client components translate with useT(). The browser gets only the current language's
// namespaces that the part of the app it shows uses: the root layout passes the few every page
// needs, and a section's layout adds its own with <I18nNamespaces>. Both languages' bundles used to
// be in every page's JavaScript.
import type { i18n as TI18n } from "i18next";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { I18nContext, I18nextProvider } from "react-i18next";
import { createI18n } from "./create";
import type { TClientBundles } from "./instance";
import type { TLanguage, TNamespace } from "./settings";

const LanguageContext = createContext<TLanguage>("ru");
const instances = new Map<TLanguage, TI18n>();

// A bundle may be part of a namespace ("diary:week"): each is merged into what is there, deeply,
// never overwriting (texts are static per build). This runs during render so that the server's
// render and the browser's first render see the same text; a bundle object merged once is not
// merged again.
const merged = new WeakSet<object>();

function instanceWith(lng: TLanguage, bundles: TClientBundles): TI18n {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createI18n(lng, {}, []);
    instances.set(lng, instance);
  }
  for (const [ns, bundle] of Object.entries(bundles)) {
    if (!bundle || typeof bundle !== "object" || merged.has(bundle)) continue;
    instance.addResourceBundle(lng, ns, bundle, true, false);
    merged.add(bundle);
  }
  return instance;
}

export function I18nProvider({ lng, bundles, children }: { lng: TLanguage; bundles: TClientBundles; children: ReactNode }) {
  return (
    <LanguageContext.Provider value={lng}>
      <I18nextProvider i18n={instanceWith(lng, bundles)}>{children}</I18nextProvider>
    </LanguageContext.Provider>
  );
}

/** Adds a section's namespaces (in the current language) for the client components below it. */
export function I18nNamespaces({ bundles, children }: { bundles: TClientBundles; children: ReactNode }) {
  instanceWith(useContext(LanguageContext), bundles);
  return children;
}

export function useLanguage(): TLanguage {
  return useContext(LanguageContext);
}

/**
 * A `t` for the current language whose default namespace is `ns` (or its first; "other:key" reaches
 * the others). Not react-i18next's useTranslation: that hook copies the i18next instance for every
 * component it serves and subscribes each one to language events, which showed in the server's CPU
 * profile of the diary; here the language changes only with a new render from the server, and
 * every bundle a component may use is already loaded by a layout above it.
 */
export function useT(ns: TNamespace | TNamespace[] = "common") {
  const lng = useLanguage();
  const { i18n } = useContext(I18nContext);
  const first = Array.isArray(ns) ? ns[0] : ns;
  const t = useMemo(() => i18n.getFixedT(lng, first), [i18n, lng, first]);
  return { t, lng };
}
