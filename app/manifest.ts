// The web app manifest, so a phone can put Belem on its home screen. Names in the visitor's language
// (the belem-lang cookie, then Accept-Language): the manifest is fetched without the page's session.
import type { MetadataRoute } from "next";
import { cookies, headers } from "next/headers";
import { i18nFor } from "@/lib/i18n/instance";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, languageFromAcceptHeader } from "@/lib/i18n/settings";

export const dynamic = "force-dynamic";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const cookie = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  const lng = isLanguage(cookie) ? cookie : (languageFromAcceptHeader((await headers()).get("accept-language")) ?? DEFAULT_LANGUAGE);
  const t = i18nFor(lng).getFixedT(lng, "common");
  return {
    name: `${t("appName")} — ${t("appTagline")}`,
    short_name: t("appName"),
    description: t("appTagline"),
    lang: lng,
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1f7a57",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
