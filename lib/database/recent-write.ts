// A person who has just changed something reads the primary for a few seconds, so what they wrote
// is on their next page whatever the replica's lag. The marker is a short-lived cookie set by every
// successful action (lib/action-client.ts), so it holds whichever app process serves the next
// request. It only ever sends reads to the primary: a forged or kept cookie gains nothing.
//
// A cookie set by a server action makes Next render the page again into the action's answer (a
// journal save would cost a whole journal render), so the cookie is set only where it matters, with
// a replica configured. It lasts twice the window a change needs and is renewed only when less than
// that window is left, so every write is still covered for the whole window, and a teacher typing a
// column pays for one render every few seconds, not one per mark.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { primaryWindowMs } from "./replica";

export const RECENT_WRITE_COOKIE = "belem-wrote";

const windowMs = () => Math.max(5_000, primaryWindowMs());

/** Marks the person of this request as having just written. */
export async function markRecentWrite(now = Date.now()): Promise<void> {
  if (!env().DATABASE_REPLICA_URL) return;
  try {
    const jar = await cookies();
    const until = Number(jar.get(RECENT_WRITE_COOKIE)?.value);
    if (Number.isFinite(until) && until - now >= windowMs()) return;
    jar.set(RECENT_WRITE_COOKIE, String(now + 2 * windowMs()), {
      path: "/",
      maxAge: Math.ceil((2 * windowMs()) / 1000),
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
