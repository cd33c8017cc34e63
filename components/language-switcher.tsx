"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LANGUAGES } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import { setLanguageAction } from "@/lib/profile/actions";

/** Where a language picked in this tab waits for the sign-in form. */
export const CHOSEN_LANGUAGE_KEY = "belem-language-chosen";

export function LanguageSwitcher() {
  const { t, lng } = useT("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The chosen language is drawn by its aria-pressed (app/globals.css, .languages).
  return (
    <div role="group" aria-label={t("language")} className="languages">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lng}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              // On the sign-in page this is a choice to keep: the sign-in form sends it along.
              sessionStorage.setItem(CHOSEN_LANGUAGE_KEY, code);
              await setLanguageAction({ language: code });
              router.refresh();
            })
          }
        >
          {t(`languageName.${code}`)}
        </button>
      ))}
    </div>
  );
}
