// The VAPID key pair Belem signs Web Push with, for a clone that sets none: generated on first
// start and kept in .data/ like the session secret, so subscriptions survive restarts (a new pair
// would orphan every subscription). VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT override.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import webpush from "web-push";

export function localVapid(): { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string; VAPID_SUBJECT: string } {
  const subject = process.env.VAPID_SUBJECT || "mailto:belem@localhost";
  if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY) {
    return { VAPID_PUBLIC_KEY: process.env.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: process.env.VAPID_PRIVATE_KEY, VAPID_SUBJECT: subject };
  }
  const file = resolve(".data", "vapid.json");
  let keys: { publicKey: string; privateKey: string };
  if (existsSync(file)) keys = JSON.parse(readFileSync(file, "utf8"));
  else {
    mkdirSync(resolve(".data"), { recursive: true });
    keys = webpush.generateVAPIDKeys();
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: subject };
}
