// The journal grid's memory of what the teacher typed and what the server confirmed, per entry (a
// cell, or a pupil's term mark). Typing never waits: an edit changes `desired` at once and a save
// runs behind it, one at a time per entry, again and again until the server holds what was typed.
// A failed save keeps the entry (and what was typed) as "failed": it is retried automatically when
// the failure may pass (network, server error) and by hand always; it is dropped only when the
// teacher discards it. Components subscribe to one entry, so a keystroke re-renders one cell, not
// the grid. Pure TypeScript: no React, no Next.

export type TSyncStatus = "idle" | "saving" | "saved" | "failed";

export type TSyncEntry<V> = {
  saved: V;
  desired: V;
  status: TSyncStatus;
  /** An error code (a key of the errors bundle) while failed. */
  error: string | null;
  /** The request id the server logged an unexpected error with, to show beside it. */
  requestId?: string;
  /** Whether trying again later may succeed (then it is retried automatically). */
  isRetryable: boolean;
};

export type TSendOutcome<V> = { ok: true; saved: V; adopt?: (desired: V) => V } | { ok: false; error: string; requestId?: string; isRetryable: boolean };

export type TSyncOptions<V> = {
  /** Whether the server already holds `desired`. */
  isSame: (saved: V, desired: V) => boolean;
  /** Sends what is needed to make the server hold `desired`. May throw (network): that is retryable. */
  send: (key: string, saved: V, desired: V) => Promise<TSendOutcome<V>>;
  /** Milliseconds before the n-th automatic retry (n from 1). */
  retryDelay?: (attempt: number) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

const RETRY_CODES = new Set(["unexpected", "rate_limited", "network"]);
export const isRetryableCode = (code: string) => RETRY_CODES.has(code);

export class SyncStore<V> {
  private entries = new Map<string, TSyncEntry<V>>();
  private inFlight = new Set<string>();
  private attempts = new Map<string, number>();
  private timers = new Map<string, unknown>();
  private listeners = new Map<string, Set<() => void>>();
  private version = 0;

  constructor(
    initial: Iterable<[string, V]>,
    private readonly fallback: V,
    private readonly opts: TSyncOptions<V>,
  ) {
    for (const [key, value] of initial) this.entries.set(key, { saved: value, desired: value, status: "idle", error: null, isRetryable: false });
  }

  get(key: string): TSyncEntry<V> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { saved: this.fallback, desired: this.fallback, status: "idle", error: null, isRetryable: false };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** A number that changes whenever any entry changes (for summaries). */
  getVersion = () => this.version;

  /** Listen to one entry, or to every entry with "*". */
  subscribe(key: string, fn: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(fn);
    return () => set.delete(fn);
  }

  /** Entries the server does not hold yet: being saved or failed. */
  pending(): { key: string; entry: TSyncEntry<V> }[] {
    return [...this.entries].filter(([, e]) => e.status === "saving" || e.status === "failed").map(([key, entry]) => ({ key, entry }));
  }

  edit(key: string, change: (desired: V) => V): void {
    const entry = this.get(key);
    this.put(key, { ...entry, desired: change(entry.desired) });
    this.attempts.delete(key);
    this.flush(key);
  }

  retry(key: string): void {
    this.cancelTimer(key);
    this.flush(key);
  }

  retryAll(): void {
    for (const { key, entry } of this.pending()) if (entry.status === "failed") this.retry(key);
  }

  /** Gives up what was typed in an entry: it shows what the server holds again. */
  discard(key: string): void {
    this.cancelTimer(key);
    const entry = this.get(key);
    this.put(key, { ...entry, desired: entry.saved, status: "idle", error: null, isRetryable: false });
  }

  private put(key: string, entry: TSyncEntry<V>) {
    this.entries.set(key, entry);
    this.version++;
    for (const k of [key, "*"]) for (const fn of this.listeners.get(k) ?? []) fn();
  }

  private cancelTimer(key: string) {
    const timer = this.timers.get(key);
    if (timer !== undefined) (this.opts.clearTimer ?? clearTimeout)(timer as ReturnType<typeof setTimeout>);
    this.timers.delete(key);
  }

  private flush(key: string): void {
    if (this.inFlight.has(key)) return; // the running save looks again when it ends
    const entry = this.get(key);
    if (this.opts.isSame(entry.saved, entry.desired)) {
      if (entry.status === "saving" || entry.status === "failed") this.put(key, { ...entry, status: "saved", error: null, isRetryable: false });
      return;
    }
    this.cancelTimer(key);
    this.inFlight.add(key);
    this.put(key, { ...entry, status: "saving" });
    const sent = entry.desired;
    this.opts
      .send(key, entry.saved, sent)
      .catch((): TSendOutcome<V> => ({ ok: false, error: "network", isRetryable: true }))
      .then((outcome) => {
        this.inFlight.delete(key);
        const now = this.get(key);
        if (outcome.ok) {
          this.attempts.delete(key);
          const desired = outcome.adopt ? outcome.adopt(now.desired) : now.desired;
          this.put(key, { ...now, saved: outcome.saved, desired, status: "saved", error: null, isRetryable: false });
          this.flush(key);
          return;
        }
        this.put(key, { ...now, status: "failed", error: outcome.error, requestId: outcome.requestId, isRetryable: outcome.isRetryable });
        if (now.desired !== sent) {
          // typed again meanwhile: that edit deserves its own try
          this.flush(key);
        } else if (outcome.isRetryable) {
          const attempt = (this.attempts.get(key) ?? 0) + 1;
          this.attempts.set(key, attempt);
          const delay = (this.opts.retryDelay ?? ((n) => Math.min(30_000, 1000 * 2 ** n)))(attempt);
          this.timers.set(
            key,
            (this.opts.setTimer ?? setTimeout)(() => {
              this.timers.delete(key);
              this.flush(key);
            }, delay),
          );
        }
      });
  }
}
