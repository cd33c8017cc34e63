// Calling a server action the way the browser does: POST to the page that uses it, with the
// action's id (from the build's server-reference manifest) in the Next-Action header and the
// arguments in React's reply encoding, which for plain JSON values is the JSON array of arguments.
import { existsSync, readFileSync } from "node:fs";

type TManifestEntry = { exportedName?: string; filename?: string; workers?: Record<string, unknown> };

/** The id of an exported server action in a build, or null when the build has no such action. */
export function findActionId(distDir: string, exportedName: string, fileHint: string): string | null {
  const file = `${distDir}/server/server-reference-manifest.json`;
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, TManifestEntry> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportedName && (entry.filename ?? "").includes(fileHint)) return id;
  }
  return null;
}

/** React's encodeReply for JSON-only arguments: strings starting with "$" are escaped as "$$". */
export function encodeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_k, v) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));
}

export function actionHeaders(actionId: string, cookie: string, origin: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin,
    cookie,
  };
}

/**
 * The action's return value from a React Flight response: row 0 names the row holding it ("$@N"),
 * which is JSON for a plain result. Null when the body is not such a response.
 */
export function parseActionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    if (ref === null) return null;
    return JSON.parse(rows.get(ref) ?? "null");
  } catch {
    return null;
  }
}
