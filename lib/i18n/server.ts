// The reader's language, resolved on the server: the profile, then the cookie, then
// Accept-Language. Pages call getT(); no list of paths decides the language.
import "server-only";
import type { TFunction } from "i18next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { i18nFor } from "./instance";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, languageFromAcceptHeader, type TLanguage, type TNamespace } from "./settings";

export const getLanguage = cache(async (): Promise<TLanguage> => {
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  const cookie = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (isLanguage(cookie)) return cookie;
  return languageFromAcceptHeader((await headers()).get("accept-language")) ?? DEFAULT_LANGUAGE;
});

export async function getT(ns: TNamespace | TNamespace[] = "common"): Promise<{ t: TFunction; lng: TLanguage }> {
  const lng = await getLanguage();
  return { t: i18nFor(lng).getFixedT(lng, ns), lng };
}
