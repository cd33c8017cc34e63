"use client";
// The root layout itself failed, so there is no language provider to ask. When it failed in the
// browser, the page still carries the language the server resolved (<html lang>); when it failed
// on the server (the database down, say), this page was rendered there without one, and the
// browser's languages decide, as the server would for a visitor without a profile or cookie.
import "./globals.css";
import { useSyncExternalStore } from "react";
import { ErrorView } from "@/components/error-view";
import { i18nFor } from "@/lib/i18n/instance";
import { DEFAULT_LANGUAGE, isLanguage, languageFromAcceptHeader, type TLanguage } from "@/lib/i18n/settings";

let resolved: TLanguage | undefined;
/** Read once, before this page replaces the failed layout's <html>. */
function browserLanguage(): TLanguage {
  if (resolved) return resolved;
  const html = document.documentElement;
  if (!html.hasAttribute("data-global-error") && isLanguage(html.lang)) resolved = html.lang;
  else resolved = languageFromAcceptHeader(navigator.languages.join(",")) ?? DEFAULT_LANGUAGE;
  return resolved;
}

const noSubscription = () => () => {};

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lng = useSyncExternalStore(noSubscription, browserLanguage, () => DEFAULT_LANGUAGE);
  const t = i18nFor(lng).getFixedT(lng, "common");
  return (
    <html lang={lng} data-global-error="">
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <ErrorView t={t} requestId={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
