// What the request's forwarding headers may be believed about: the client's address, the host and
// the scheme it asked for. A client reaching Belem directly can write any X-Forwarded-* header, so
// they count only as far as the operator says proxies stand in front (TRUSTED_PROXIES, default 0).
// Belem's server (scripts/serve.mjs) appends the socket's address to X-Forwarded-For on every
// request, as a proxy does, so the list always ends with the address that really connected:
//   TRUSTED_PROXIES=0 → the client is that last entry (the socket), forwarded host/proto are ignored;
//   TRUSTED_PROXIES=N → the client is the Nth entry left of it (what the outermost trusted proxy
//   saw); host and proto are the Nth from the right of their lists (what that proxy was asked).
// Entries further left were written by the client and are never read. Pure.
type THeaderSource = Headers | Record<string, unknown> | undefined;

function read(headers: THeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

function list(headers: THeaderSource, name: string): string[] {
  return (read(headers, name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** How many reverse proxies stand in front of the app (TRUSTED_PROXIES), 0 when unset or invalid. */
export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** The client's address, for sign-in throttling; "local" when nothing names one. At most 64 characters. */
export function clientIp(headers: THeaderSource, proxies = trustedProxies()): string {
  const chain = list(headers, "x-forwarded-for");
  const entry = chain.length ? chain[Math.max(0, chain.length - 1 - proxies)] : undefined;
  return (entry || "local").slice(0, 64);
}

/** The host the client asked for: Host itself, or what the outermost trusted proxy was asked. */
export function requestHost(headers: THeaderSource, proxies = trustedProxies()): string | undefined {
  const host = read(headers, "host")?.trim();
  if (proxies === 0) return host;
  const forwarded = list(headers, "x-forwarded-host");
  return forwarded.length ? forwarded[Math.max(0, forwarded.length - proxies)] : host;
}

/** The scheme the client used, as the outermost trusted proxy says; undefined without a trusted proxy. */
export function forwardedProto(headers: THeaderSource, proxies = trustedProxies()): string | undefined {
  if (proxies === 0) return undefined;
  const forwarded = list(headers, "x-forwarded-proto");
  return forwarded.length ? forwarded[Math.max(0, forwarded.length - proxies)].toLowerCase() : undefined;
}
