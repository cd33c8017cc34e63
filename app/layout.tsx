import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { bundlesFor } from "@/lib/i18n/instance";
import { getLanguage, getT } from "@/lib/i18n/server";
import type { TNamespace } from "@/lib/i18n/settings";
import { I18nProvider } from "@/lib/i18n/translation.client";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("common");
  return {
    title: { default: t("appName"), template: `%s — ${t("appName")}` },
    description: t("appTagline"),
    applicationName: t("appName"),
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "any" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

// What every page's client components translate with (the shell, error messages); a section's
// layout adds its own namespaces (the sign-in pages add `auth`: a signed-in page does not carry
// the sign-in forms' texts).
const ROOT_NAMESPACES = ["common", "errors"] as const satisfies TNamespace[];

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f7a57" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lng = await getLanguage();
  return (
    <html lang={lng}>
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <I18nProvider lng={lng} bundles={bundlesFor(lng, ROOT_NAMESPACES)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
