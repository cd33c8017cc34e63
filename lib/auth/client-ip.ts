// The client's address, for sign-in throttling. Behind a reverse proxy the nearest proxy appends
// the real address to X-Forwarded-For, so the last entry is the one a client cannot forge (Next
// sets the header from the socket when no proxy did). The per-login limit does not depend on it.
type THeaderSource = Headers | Record<string, unknown> | undefined;

function read(headers: THeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : undefined;
}

export function clientIp(headers: THeaderSource): string {
  const last = read(headers, "x-forwarded-for")?.split(",").at(-1)?.trim();
  return (last || read(headers, "x-real-ip")?.trim() || "local").slice(0, 64);
}
