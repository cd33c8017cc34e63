// A page's <title> in the reader's language: `export const generateMetadata = pageTitle(ns, key)`.
// The root layout adds " — Белем" (its title template).
import "server-only";
import type { Metadata } from "next";
import { getT } from "./server";
import type { TNamespace } from "./settings";

export function pageTitle(ns: TNamespace, key: string) {
  return async function generateMetadata(): Promise<Metadata> {
    const { t } = await getT(ns);
    return { title: t(key) };
  };
}
