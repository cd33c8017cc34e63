// Cells typed within a short window go to the server as one call: a teacher typing down a column
// makes one request per burst instead of one per cell, and each cell still gets its own answer.
// While a burst is on its way the next cells wait and go together when it returns (or after the
// window, whichever is later), so a slow connection sends fewer, larger bursts.

export type TBurstOptions<I, R> = {
  /** Sends the items of one burst; answers one result per item, in order. */
  sendMany: (items: I[]) => Promise<R[]>;
  /** How long the first item of a burst waits for others (ms). */
  windowMs?: number;
  /** The most items in one call. */
  maxItems?: number;
};

export function createBurst<I, R>(opts: TBurstOptions<I, R>): (item: I) => Promise<R> {
  const windowMs = opts.windowMs ?? 25;
  const maxItems = opts.maxItems ?? 64;
  let queue: { item: I; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = 0;

  const flush = () => {
    timer = null;
    if (queue.length === 0) return;
    const batch = queue.slice(0, maxItems);
    queue = queue.slice(maxItems);
    inFlight++;
    opts
      .sendMany(batch.map((b) => b.item))
      .then(
        (results) => {
          for (const [i, b] of batch.entries()) {
            if (i < results.length) b.resolve(results[i]);
            else b.reject(new Error("missing result"));
          }
        },
        (error: unknown) => {
          for (const b of batch) b.reject(error);
        },
      )
      .finally(() => {
        inFlight--;
        if (queue.length && !timer) timer = setTimeout(flush, 0);
      });
    if (queue.length) timer = setTimeout(flush, windowMs);
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (queue.length >= maxItems) {
        if (timer) clearTimeout(timer);
        flush();
      } else if (!timer && inFlight === 0) {
        timer = setTimeout(flush, windowMs);
      }
    });
}
