// Structured logs on stderr, one JSON object a line. Never pass passwords, tokens or children's
// names: ids only. Two nets behind that rule (proved by lib/log.integration.test.ts):
//   - fields whose name suggests a secret are dropped;
//   - an Error is logged by its kind, its code and the first line of its message with every
//     quoted value masked, and its stack frames — never the rest of the message, where Prisma
//     prints the query's arguments (names, comments) and PostgreSQL the offending key's value.
const SECRET_KEYS = /pass|token|secret|cookie|authorization|session|csrf/i;
const QUOTED = /"[^"]*"|'[^']*'|`[^`]*`|«[^»]*»|\([^()]*\)=\([^()]*\)/g;

export function describeError(error: Error): Record<string, unknown> {
  const firstLine =
    error.message
      .split("\n")
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message: firstLine.replace(QUOTED, "…").slice(0, 200),
    stack: error.stack
      ?.split("\n")
      .filter((l) => l.trim().startsWith("at "))
      .slice(0, 12)
      .map((l) => l.trim()),
  };
}

function clean(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (SECRET_KEYS.test(k)) continue;
    out[k] = v instanceof Error ? describeError(v) : v;
  }
  return out;
}

function write(level: "info" | "warn" | "error", message: string, fields: Record<string, unknown> = {}) {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...clean(fields) })}\n`);
}

export const log = {
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
