// The harness's arithmetic: latency percentiles from every response's time (autocannon's own
// histogram has p97.5 but no p95), throughput, ratios to the floors, and the verdict on a target.
// Pure.

export type TLatencySummary = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };
export type TRunSummary = TLatencySummary & { clients: number; seconds: number; rps: number; errors: number; non2xx: number };

/** The q-quantile (0–1) by the nearest-rank method: the value at rank ceil(q·n) of the sorted times. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export function summarizeLatencies(latenciesMs: readonly number[]): TLatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.length ? sum / sorted.length : Number.NaN),
  };
}

export function summarizeRun(opts: { latenciesMs: readonly number[]; clients: number; seconds: number; errors: number; non2xx: number }): TRunSummary {
  const lat = summarizeLatencies(opts.latenciesMs);
  return { ...lat, clients: opts.clients, seconds: round(opts.seconds), rps: round(lat.count / opts.seconds), errors: opts.errors, non2xx: opts.non2xx };
}

export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** a / b, rounded; null when either is missing. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round(a / b);
}

export type TTarget = { id: string; label: string; limit: number; kind: "max" | "min"; unit: string };
export type TVerdict = TTarget & { measured: number | null; isMet: boolean | null; by: string | null };

/**
 * Whether a measured figure meets a target, and by how much it misses: over a ceiling by a share of
 * the ceiling ("+20 %"), under a floor by a share of the floor ("−40 %"); a zero ceiling by the count.
 */
export function judge(target: TTarget, measured: number | null | undefined): TVerdict {
  if (measured == null || !Number.isFinite(measured)) return { ...target, measured: null, isMet: null, by: null };
  const isMet = target.kind === "max" ? measured <= target.limit : measured >= target.limit;
  let by: string | null = null;
  if (!isMet && target.limit === 0) by = `${round(measured)} too many`;
  else if (!isMet) {
    const pct = (Math.abs(measured - target.limit) / target.limit) * 100;
    by = `${target.kind === "max" ? "+" : "−"}${round(pct, pct < 10 ? 1 : 0)} %`;
  }
  return { ...target, measured: round(measured), isMet, by };
}

/** The median of several counts (statements per request of a few different users). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A fixed piece of CPU work (SHA-256 over 32 MB), timed: on a machine shared with other work it
 * takes longer, so runs on a busy and on a quiet machine can be told apart and compared.
 */
export function calibrate(hash: (data: Uint8Array) => void): number {
  const block = new Uint8Array(1 << 20).fill(7);
  const t = performance.now();
  for (let i = 0; i < 32; i++) hash(block);
  return round(performance.now() - t, 1);
}
