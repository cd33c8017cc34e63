// Tatar plurals must not depend on the runtime's locale data: Chromium has no `tt` plural rules and
// falls back to its own locale, Russian in a Russian browser, which made i18next look for
// `_few`/`_many` keys and show Russian text in the Tatar interface.
import { afterEach, describe, expect, it, vi } from "vitest";
import ttAuth from "@/locales/tt/auth.json" with { type: "json" };

const RealPluralRules = Intl.PluralRules;

/** Intl.PluralRules as a Russian Chromium has it: no Tatar data, unknown locales become Russian. */
function actLikeRussianChromium() {
  class ChromiumPluralRules extends RealPluralRules {
    constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
      const code = Array.isArray(locales) ? locales[0] : locales;
      super(code && code.split("-")[0] === "tt" ? "ru" : locales, options);
    }
  }
  vi.stubGlobal("Intl", { ...Intl, PluralRules: ChromiumPluralRules });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("Tatar plurals", () => {
  it("the simulated browser really does give Russian rules for tt", () => {
    actLikeRussianChromium();
    expect(new Intl.PluralRules("tt").select(253)).toBe("few");
  });

  it("use _one and _other whatever the browser's locale data", async () => {
    actLikeRussianChromium();
    vi.resetModules();
    const { i18nFor } = await import("./instance");
    const t = i18nFor("tt").getFixedT("tt", "auth");
    const other = ttAuth.rateLimited_other.replace("{{count}}", "253");
    expect(t("rateLimited", { count: 253 })).toBe(other);
    expect(t("rateLimited", { count: 5 })).toBe(ttAuth.rateLimited_other.replace("{{count}}", "5"));
    expect(t("rateLimited", { count: 1 })).toBe(ttAuth.rateLimited_one.replace("{{count}}", "1"));
  });

  it("leave Russian plurals alone", async () => {
    actLikeRussianChromium();
    vi.resetModules();
    const { i18nFor } = await import("./instance");
    const t = i18nFor("ru").getFixedT("ru", "auth");
    expect(t("rateLimited", { count: 253 })).toMatch(/253 секунды\.$/);
    expect(t("rateLimited", { count: 5 })).toMatch(/5 секунд\.$/);
  });
});

describe("bundlesFor", () => {
  it("hands over a part of a namespace with its plural forms, and nothing else of it", async () => {
    const { bundlesFor } = await import("./instance");
    const { resources } = await import("./resources");
    const b = bundlesFor("ru", ["diary:week", "diary:children.unread", "errors"]) as { diary: Record<string, unknown>; errors: unknown };
    expect(Object.keys(b.diary).sort()).toEqual(["children", "week"]);
    expect(b.diary.week).toEqual(resources.ru.diary.week);
    expect(Object.keys(b.diary.children as object).sort()).toEqual(["unread_few", "unread_many", "unread_one"]);
    expect(b.errors).toBe(resources.ru.errors);
    expect(bundlesFor("ru", ["diary:week", "diary:children.unread", "errors"])).toBe(b);
  });

  it("refuses a part that is not there", async () => {
    const { bundlesFor } = await import("./instance");
    expect(() => bundlesFor("tt", ["diary:no.such"])).toThrow(/diary:no\.such/);
  });
});
