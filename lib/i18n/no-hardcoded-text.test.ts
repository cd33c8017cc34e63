// No user-visible text outside locales/. Every .tsx under app/ and components/ is parsed
// with the TypeScript compiler; a JSX text node with a letter in it, or a string literal given to
// an attribute a person reads (title, placeholder, alt, aria-label, label…), fails the test with
// its place. Text must come from the bundles through t(), or from bilingual school data.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const READ_ATTRIBUTES = new Set(["title", "placeholder", "alt", "aria-label", "aria-description", "aria-valuetext", "label", "summary"]);
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : tsxFiles(path);
    return e.name.endsWith(".tsx") ? [path] : [];
  });
}

/** Places in one source where text a person reads is written in the code. */
function hardCodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    const child = ts.isJsxExpression(node) && ts.isJsxElement(node.parent) ? node.expression : undefined;
    if (child && ts.isStringLiteralLike(child) && LETTER.test(child.text)) found.push(`${where(node)} text "${child.text}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal =
        init &&
        (ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null);
      if (literal && LETTER.test(literal.text)) found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("user-visible text", () => {
  it("finds text in JSX and in attributes a person reads, and nothing else", () => {
    const sample = `export const A = () => (
      <p title="Журнал" className="p-2" aria-label={t("x")}>
        Привет {name} {t("y")}
        <img alt={"photo"} src="/a.png" /> · 5 — {" "}
        <b>{"Итого"}</b>
      </p>
    );`;
    expect(hardCodedText("a.tsx", sample)).toEqual(['a.tsx:2 title="Журнал"', 'a.tsx:3 text "Привет"', 'a.tsx:4 alt="photo"', 'a.tsx:5 text "Итого"']);
  });

  it("comes from the locale bundles on every page and component", () => {
    const files = [...tsxFiles(join(ROOT, "app")), ...tsxFiles(join(ROOT, "components"))];
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => hardCodedText(relative(ROOT, f), readFileSync(f, "utf8")));
    expect(found).toEqual([]);
    // Parsing every page and component takes a few seconds on a busy machine.
  }, 60_000);
});
