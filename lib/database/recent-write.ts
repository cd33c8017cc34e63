// A person who has just changed something reads the primary for a few seconds, so what they wrote
// is on their next page whatever the replica's lag. The marker is a short-lived cookie set by every
// successful action (lib/action-client.ts), so it holds whichever app process serves the next
// request. It only ever sends reads to the primary: a forged or kept cookie gains nothing.
import "server-only";
import { cookies } from "next/headers";
import { primaryWindowMs } from "./replica";

export const RECENT_WRITE_COOKIE = "belem-wrote";

const windowMs = () => Math.max(5_000, primaryWindowMs());

/** Marks the person of this request as having just written. */
export async function markRecentWrite(now = Date.now()): Promise<void> {
  try {
    (await cookies()).set(RECENT_WRITE_COOKIE, String(now + windowMs()), {
      path: "/",
      maxAge: Math.ceil(windowMs() / 1000),
      sameSite: "lax",
      httpOnly: true,
    });
  } catch {
    // Outside a request (a script): nobody to mark.
  }
}

/** Whether the person of this request wrote within the last few seconds. */
export async function hasRecentWrite(now = Date.now()): Promise<boolean> {
  try {
    const until = Number((await cookies()).get(RECENT_WRITE_COOKIE)?.value);
    return Number.isFinite(until) && until > now;
  } catch {
    return false;
  }
}
