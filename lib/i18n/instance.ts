// One i18next instance per language, built synchronously from the bundled resources.
import { createInstance, type i18n as TI18n } from "i18next";
import { resources } from "./resources";
import { DEFAULT_LANGUAGE, NAMESPACES, type TLanguage } from "./settings";

const instances = new Map<TLanguage, TI18n>();

export function i18nFor(lng: TLanguage): TI18n {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    instance.init({
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      resources,
      ns: [...NAMESPACES],
      defaultNS: "common",
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    instances.set(lng, instance);
  }
  return instance;
}
