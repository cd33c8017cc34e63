// What every answer to a hostile payload must be: a safe-action result (nothing thrown, which Next
// would turn into a 500), never the "unexpected" error code (a crash behind a generic message),
// and every message a translation key that exists in the Russian and the Tatar bundles.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ERROR_CODES } from "@/lib/errors";
import type { TActionResult } from "../matrix/define";

const LOCALES = resolve(import.meta.dirname, "../../../locales");
type TTree = { [k: string]: string | TTree };

function flatten(tree: TTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
}

const bundles = new Map<string, Set<string>>();
function keys(lng: string, ns: string): Set<string> {
  const id = `${lng}/${ns}`;
  if (!bundles.has(id)) {
    const file = join(LOCALES, lng, `${ns}.json`);
    const exists = readdirSync(join(LOCALES, lng)).includes(`${ns}.json`);
    bundles.set(id, new Set(exists ? flatten(JSON.parse(readFileSync(file, "utf8"))) : []));
  }
  return bundles.get(id) as Set<string>;
}

/** "admin:validation.termGap|5" → is admin.json's validation.termGap (or its plural forms) in both languages? */
export function isTranslatedMessage(message: string): boolean {
  const [ref] = message.split("|");
  const [ns, key] = ref.includes(":") ? ref.split(":", 2) : ["errors", ref];
  return ["ru", "tt"].every((lng) => {
    const set = keys(lng, ns);
    return set.has(key) || set.has(`${key}_one`) || set.has(`${key}_other`);
  });
}

function messagesOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(messagesOf);
  if (node && typeof node === "object") return Object.values(node).flatMap(messagesOf);
  return [];
}

/** Problems with an answer; empty when it is a clear, translated answer. */
export function answerProblems(result: TActionResult | undefined): string[] {
  if (!result || typeof result !== "object") return [`not a safe-action result: ${String(result)}`];
  const problems: string[] = [];
  const code = result.serverError?.code;
  if (code === "unexpected") problems.push(`crashed (request ${result.serverError?.requestId})`);
  else if (code !== undefined && !(ERROR_CODES as readonly string[]).includes(code)) problems.push(`unknown error code ${code}`);
  else if (code !== undefined && !isTranslatedMessage(code)) problems.push(`untranslated error code ${code}`);
  for (const message of messagesOf(result.validationErrors)) {
    if (!isTranslatedMessage(message)) problems.push(`untranslated message "${message}"`);
  }
  return problems;
}
