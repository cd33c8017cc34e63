// School data a form or a new school gets by default (a break's name, a kind of work) is bilingual
// data taken from the bundles of both languages, so no Russian or Tatar text is written in code.
import { i18nFor } from "@/lib/i18n/instance";

export function bilingual(key: string, params: Record<string, string | number> = {}): { nameRu: string; nameTt: string } {
  return { nameRu: i18nFor("ru").t(key, params), nameTt: i18nFor("tt").t(key, params) };
}
