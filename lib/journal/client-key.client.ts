// The key a new mark carries from the moment it is typed: a UUID, so a save retried after a lost
// answer names the same mark and the server does not create it twice. Pure.

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts (HTTPS or
 * localhost); a school server reached over plain HTTP on its own network still has
 * `crypto.getRandomValues`, which is all a version 4 UUID needs.
 */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
