// The Tatar bundle keeps the school's words: one word for one thing, the word Tatar school
// materials use, no Russian word left untranslated and no made-up abbreviation. Each rule is a
// word that was once wrong here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type TTree = { [key: string]: string | TTree };

function values(lng: "ru" | "tt"): Map<string, string> {
  const dir = join(import.meta.dirname, lng);
  const out = new Map<string, string>();
  const walk = (tree: TTree, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) typeof v === "string" ? out.set(`${prefix}${k}`, v) : walk(v, `${prefix}${k}.`);
  };
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) walk(JSON.parse(readFileSync(join(dir, f), "utf8")), `${f.replace(/\.json$/, "")}:`);
  return out;
}

/** Keys whose value contains a forbidden word. */
function uses(bundle: Map<string, string>, word: RegExp): string[] {
  return [...bundle].filter(([, v]) => word.test(v)).map(([k]) => k);
}

const tt = values("tt");
const ru = values("ru");

describe("the Tatar glossary", () => {
  it("says «Баш тарту» for Cancel («Кире кагу» reads as “reject”)", () => {
    expect(tt.get("common:actions.cancel")).toBe("Баш тарту");
    expect(uses(tt, /кире кагу/i)).toEqual([]);
  });

  it("says «дәрес тәртибе» for the timetable, never the Russian «расписание»", () => {
    expect(tt.get("admin:nav.timetable")).toBe("Дәрес тәртибе");
    expect(uses(tt, /расписани/i)).toEqual([]);
  });

  it("calls the homework's text «Бирем», not the vague «Эш»", () => {
    expect(tt.get("journal:lesson.homeworkText")).toBe("Бирем");
  });

  it("writes «өй эше» out: «ө/э» is no established abbreviation", () => {
    expect(uses(tt, /ө\/э/i)).toEqual([]);
  });

  it("says homework not ticked is not done, not “not marked” (which reads as “not graded”)", () => {
    expect(ru.get("diary:homework.notDone")).toBe("Не выполнено");
    expect(tt.get("diary:homework.notDone")).toBe("Үтәлмәгән");
  });

  it("finds a forbidden word where it is", () => {
    expect(
      uses(
        new Map([
          ["a:x", "Кире кагу"],
          ["a:y", "Саклау"],
        ]),
        /кире кагу/i,
      ),
    ).toEqual(["a:x"]);
  });
});
