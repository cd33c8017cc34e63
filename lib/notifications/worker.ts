// The notification worker: fans the outbox out into deliveries, sends what is due, and queues the
// evening digest. It runs in the app process (instrumentation.ts) and on its own (`npm run worker`);
// several at once are safe, as every claim skips what another holds.
import "server-only";
import { log } from "@/lib/log";
import { removeExpiredThreadsHourly } from "@/lib/messages/retention";
import { queueDigestIfEvening } from "./digest";
import { fanOut } from "./fan-out";
import { sendDue } from "./send";

export type TWorkerOptions = { pollMs: number; quietMs: number; leaseMs: number; batch: number };

export const workerOptionsFromEnv = (): TWorkerOptions => ({
  pollMs: Number(process.env.NOTIFY_POLL_MS ?? 1000),
  quietMs: Number(process.env.NOTIFY_BURST_QUIET_MS ?? 3000),
  leaseMs: Number(process.env.NOTIFY_LEASE_MS ?? 60_000),
  batch: Number(process.env.NOTIFY_BATCH ?? 200),
});

/** One round: everything the outbox has due, then every due delivery. Returns how much it did. */
export async function runOnce(opts: TWorkerOptions): Promise<{ events: number; sent: number; failed: number; removed: number }> {
  let events = 0;
  for (let n = await fanOut({ quietMs: opts.quietMs, limit: opts.batch }); n > 0; n = await fanOut({ quietMs: opts.quietMs, limit: opts.batch })) events += n;
  await queueDigestIfEvening();
  await removeExpiredThreadsHourly();
  const total = { sent: 0, failed: 0, removed: 0 };
  for (;;) {
    const r = await sendDue({ limit: opts.batch, leaseMs: opts.leaseMs });
    total.sent += r.sent;
    total.failed += r.failed;
    total.removed += r.removed;
    if (r.sent + r.failed + r.removed < opts.batch) break;
  }
  return { events, ...total };
}

/** Polls until stopped; an error in one round is logged and the next round tries again. */
export function startWorker(opts: TWorkerOptions = workerOptionsFromEnv()): { stop: () => Promise<void> } {
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runOnce(opts)
      .catch((error) => log.error("notification worker round failed", { error }))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, opts.pollMs);
      });
  };
  tick();
  return {
    stop: async () => {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
