// Builds one i18next instance for one language from the bundles given. Pure: the server gives it
// every bundle, the browser only the current language's namespaces a page uses.
import { createInstance, type Resource, type i18n as TI18n } from "i18next";
import { DEFAULT_LANGUAGE, type TLanguage } from "./settings";

export function createI18n(lng: TLanguage, resources: Resource, ns: readonly string[]): TI18n {
  const instance = createInstance();
  instance.init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    ns: [...ns],
    defaultNS: "common",
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  giveTatarTwoPluralForms(instance);
  return instance;
}

/**
 * Tatar has two plural forms, `_one` and `_other`, like English. Neither Node nor Chromium ships
 * CLDR plural rules for `tt`: `Intl.PluralRules("tt")` silently falls back to the runtime's default
 * locale, which in a Russian browser is Russian, so i18next looked up `_few`/`_many` keys that the
 * Tatar bundles do not have and showed the Russian text instead. Tatar is given English's rules.
 */
function giveTatarTwoPluralForms(instance: TI18n) {
  const resolver = instance.services.pluralResolver as { getRule(code: string, options?: { ordinal?: boolean }): Intl.PluralRules | undefined };
  const getRule = resolver.getRule.bind(resolver);
  const tatar = { cardinal: new Intl.PluralRules("en", { type: "cardinal" }), ordinal: new Intl.PluralRules("en", { type: "ordinal" }) };
  resolver.getRule = (code, options = {}) =>
    code === "tt" || code.startsWith("tt-") ? tatar[options.ordinal ? "ordinal" : "cardinal"] : getRule(code, options);
}
