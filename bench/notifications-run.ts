// The notification rows of `npm run bench`: bench/notifications.integration.test.ts in its full
// size (BELEM_BENCH=1), run in the integration tier's own PostgreSQL as `npm run bench:notifications`
// runs it, and its JSON read back. One process fans out and drains (the test's own), against the
// local push service of test/support/push-service.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { run } from "../scripts/lib/process";

export type TNotificationRun = {
  classNotification: { parents: number; devices: number; fanOutMs: number; deliveredMs: number };
  queue: { deliveries: number; ms: number; perSecond: number };
  markWrite: { withOutbox: { n: number; p50: number; p95: number }; withoutOutbox: { n: number; p50: number; p95: number } };
};

export async function measureNotifications(): Promise<TNotificationRun> {
  const started = Date.now();
  const code = await run("node_modules/.bin/tsx", ["scripts/test.ts", "--integration", "bench/notifications.integration.test.ts"], {
    env: { ...process.env, BELEM_BENCH: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (code !== 0) throw new Error(`the notification benchmark failed (exit code ${code})`);
  const newest = readdirSync("bench/results")
    .filter((f) => /^notifications-.*\.json$/.test(f))
    .map((f) => ({ f, at: statSync(`bench/results/${f}`).mtimeMs }))
    .filter((x) => x.at >= started)
    .sort((a, b) => b.at - a.at)[0];
  if (!newest) throw new Error("the notification benchmark wrote no results");
  return JSON.parse(readFileSync(`bench/results/${newest.f}`, "utf8")) as TNotificationRun;
}
