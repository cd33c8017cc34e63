// Server side of <I18nNamespaces>: hands a section's client components the bundles of the
// reader's language they translate with, and nothing else.
import "server-only";
import type { ReactNode } from "react";
import { bundlesFor, type TClientNamespace } from "./instance";
import { getLanguage } from "./server";
import { I18nNamespaces } from "./translation.client";

export async function WithNamespaces({ ns, children }: { ns: TClientNamespace[]; children: ReactNode }) {
  const lng = await getLanguage();
  return <I18nNamespaces bundles={bundlesFor(lng, ns)}>{children}</I18nNamespaces>;
}
