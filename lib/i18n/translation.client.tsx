"use client";
// Client components translate with useT(); the provider is set up by the root layout with the
// language the server resolved, so server and client render the same text.
import { createContext, type ReactNode, useContext } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { i18nFor } from "./instance";
import type { TLanguage, TNamespace } from "./settings";

const LanguageContext = createContext<TLanguage>("ru");

export function I18nProvider({ lng, children }: { lng: TLanguage; children: ReactNode }) {
  return (
    <LanguageContext.Provider value={lng}>
      <I18nextProvider i18n={i18nFor(lng)}>{children}</I18nextProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): TLanguage {
  return useContext(LanguageContext);
}

export function useT(ns: TNamespace | TNamespace[] = "common") {
  const lng = useLanguage();
  const { t } = useTranslation(ns, { lng });
  return { t, lng };
}
