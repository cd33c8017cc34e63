// Sending one Web Push message with the `web-push` library: VAPID-signed, payload encrypted
// (aes128gcm) with the subscription's keys. The VAPID keys come from the environment; npm start and
// npm run worker make and keep a pair under .data/ when none is set (scripts/lib/vapid.ts).
import type { Agent } from "node:https";
import webpush from "web-push";

export type TPushTarget = { endpoint: string; p256dh: string; auth: string };
export type TPushOutcome = { ok: true } | { ok: false; isGone: boolean; error: string };

let agent: Agent | undefined;

/** Tests run their own push service with a self-signed certificate trusted only through this agent. */
export function usePushAgent(next: Agent | undefined) {
  agent = next;
}

export function vapidDetails() {
  const publicKey = process.env.VAPID_PUBLIC_KEY;
  const privateKey = process.env.VAPID_PRIVATE_KEY;
  if (!publicKey || !privateKey) return null;
  return { subject: process.env.VAPID_SUBJECT || "mailto:belem@localhost", publicKey, privateKey };
}

/** The key a browser subscribes with (public by design). */
export const vapidPublicKey = () => process.env.VAPID_PUBLIC_KEY ?? null;

/**
 * `topic` lets the push service replace a message still waiting for the device with a resend of
 * the same notification (after a worker died between sending and recording it).
 */
export async function sendPush(target: TPushTarget, payload: string, topic: string): Promise<TPushOutcome> {
  const vapid = vapidDetails();
  if (!vapid) return { ok: false, isGone: false, error: "no VAPID keys" };
  try {
    await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
      vapidDetails: vapid,
      TTL: 24 * 3600,
      topic,
      urgency: "normal",
      timeout: 10_000,
      ...(agent ? { agent } : {}),
    });
    return { ok: true };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    return { ok: false, isGone: status === 404 || status === 410, error: status ? `HTTP ${status}` : String((error as Error).message ?? error).slice(0, 200) };
  }
}
