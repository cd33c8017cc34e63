// Finds every server action and every route handler in the code, so the authorization matrix and
// the bad-input test walk what exists rather than a hand-kept list. A file is parsed with the
// TypeScript compiler (not grepped), so a comment that mentions "use server" is not an action
// module, and an inline `"use server"` inside a function (an action the registry cannot import)
// is reported so it can be moved into a lib/<domain>/*actions.ts module.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import type { TAnyAction } from "./matrix/define";

const ROOT = resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "lib", "components"];
const SKIPPED = new Set(["node_modules", "generated", "testing"]);

export type TServerActionRef = { id: string; file: string; exportName: string; fn: TAnyAction };
export type TRouteRef = { id: string; file: string; method: string; route: string };

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function isUseServer(statement: ts.Node): boolean {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === "use server";
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** Where "use server" stands: as the module's directive, or inside a function body. */
export function scanDirectives(source: ts.SourceFile): { isModule: boolean; inline: number[] } {
  const inline: number[] = [];
  let isModule = false;
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    if (isUseServer(statement)) isModule = true;
  }
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.statements.some(isUseServer)) inline.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return { isModule, inline };
}

let cachedScan: { modules: string[]; inline: string[]; routes: string[] } | undefined;

function scan() {
  if (cachedScan) return cachedScan;
  const modules: string[] = [];
  const inline: string[] = [];
  const routes: string[] = [];
  for (const file of SCANNED.flatMap((d) => sourceFiles(d))) {
    const source = parse(file);
    const directives = scanDirectives(source);
    if (directives.isModule) modules.push(file);
    for (const line of directives.inline) inline.push(`${file}:${line}`);
    if (/^app\/.*\/route\.tsx?$/.test(file)) routes.push(file);
  }
  cachedScan = { modules: modules.sort(), inline, routes: routes.sort() };
  return cachedScan;
}

/** Files whose first statement is "use server": every export of theirs is a server action. */
export function actionModuleFiles(): string[] {
  return scan().modules;
}

/** `file:line` of "use server" inside a function: actions outside the registry's reach. */
export function inlineServerActions(): string[] {
  return scan().inline;
}

/** Imports every action module and lists its exported functions. */
export async function loadServerActions(): Promise<TServerActionRef[]> {
  const out: TServerActionRef[] = [];
  for (const file of actionModuleFiles()) {
    const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      out.push({ id: `${file}#${exportName}`, file, exportName, fn: value as TAnyAction });
    }
  }
  return out;
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Route handlers (app/**\/route.ts) and the HTTP methods each exports, read from the source. */
export function routeHandlers(): TRouteRef[] {
  const out: TRouteRef[] = [];
  for (const file of scan().routes) {
    const source = parse(file);
    const exported = new Set<string>();
    for (const statement of source.statements) {
      const isExported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (ts.isFunctionDeclaration(statement) && isExported && statement.name) exported.add(statement.name.text);
      if (ts.isVariableStatement(statement) && isExported) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) exported.add(d.name.text);
      }
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const el of statement.exportClause.elements) exported.add(el.name.text);
      }
    }
    const route = `/${relative("app", file)
      .replace(/\/route\.tsx?$/, "")
      .split("/")
      .filter((seg) => !/^\(.*\)$/.test(seg))
      .join("/")}`;
    for (const method of HTTP_METHODS) if (exported.has(method)) out.push({ id: `${method} ${route}`, file, method, route });
  }
  return out;
}
