// The device cookie (OWASP "Slow down online guessing attacks with device cookies"): after a
// successful sign-in the browser keeps a long-lived, signed cookie naming the login and a random
// device id. A later sign-in to the same login from that browser is throttled only by its own
// failures (throttle.ts), so guesses from elsewhere cannot lock the owner out. The cookie is
// signed with a key derived from NEXTAUTH_SECRET; it proves nothing but "this browser signed in
// to this login before", and gives no access by itself.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";

export const DEVICE_COOKIE = "belem-device";
const MAX_AGE_SECONDS = 180 * 24 * 3600;

function signature(payload: string): Buffer {
  const key = createHmac("sha256", process.env.NEXTAUTH_SECRET ?? "")
    .update("belem device cookie")
    .digest();
  return createHmac("sha256", key).update(payload).digest();
}

export function deviceCookieValue(login: string, deviceId: string): string {
  const payload = `${Buffer.from(login).toString("base64url")}.${deviceId}`;
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** The device id when `value` is a genuine device cookie for `login`, else null. */
export function deviceIdFor(value: string | undefined, login: string): string | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 3) return null;
  const [who, deviceId, sig] = parts;
  const expected = signature(`${who}.${deviceId}`);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Buffer.from(who, "base64url").toString() === login && /^[A-Za-z0-9_-]{16,64}$/.test(deviceId) ? deviceId : null;
}

/** This browser's device id for the login, from the request's cookie; null outside a request. */
export async function knownDevice(login: string): Promise<string | null> {
  try {
    return deviceIdFor((await cookies()).get(DEVICE_COOKIE)?.value, login);
  } catch {
    return null;
  }
}

/** After a successful sign-in: a fresh device cookie for the login (Next adds it to the response). */
export async function rememberDevice(login: string): Promise<void> {
  try {
    const isSecure = Boolean(process.env.NEXTAUTH_URL?.startsWith("https://"));
    (await cookies()).set(DEVICE_COOKIE, deviceCookieValue(login, randomBytes(16).toString("base64url")), {
      httpOnly: true,
      sameSite: "lax",
      secure: isSecure,
      path: "/",
      maxAge: MAX_AGE_SECONDS,
    });
  } catch {
    // Outside a request (a script): nothing to remember.
  }
}
