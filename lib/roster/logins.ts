// Logins for new accounts: the surname in Latin letters and the initials ("ivanova.ap"), with a
// number when taken. Transliteration is the common school-site one (й y, ю yu, я ya; the demo
// seed's logins look the same), with the Tatar letters as Tatar Latin-script habits write them.
// Pure.
const TABLE: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Tatar: ә ө ү җ ң һ
  ә: "a",
  ө: "o",
  ү: "u",
  җ: "zh",
  ң: "n",
  һ: "h",
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => TABLE[ch] ?? (/[a-z0-9]/.test(ch) ? ch : "")).join("");
}

/** "Иванова", "Анна", "Петровна" → "ivanova.ap"; falls back to "user" for a name with no letters. */
export function loginBase(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  const surname = transliterate(p.lastName).slice(0, 24);
  const initials = transliterate(p.firstName).slice(0, 1) + transliterate(p.middleName ?? "").slice(0, 1);
  const base = [surname, initials].filter(Boolean).join(".");
  return base || "user";
}

/** The base itself, or the base with the smallest free number from 2 on. */
export function uniqueLogin(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** What a login may be: letters (any script: older accounts have Cyrillic logins), digits, . _ - */
export const LOGIN_PATTERN = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]{2,39}$/u;
