// HTTP load through autocannon: N connections for a few seconds, each request built for the next
// person in turn (their own session, their own page), every response time kept for percentiles.
import os from "node:os";
import autocannon from "autocannon";
import { summarizeRun, type TRunSummary } from "./stats";

export type TRequestSpec = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether the response is what a person would accept (a page, not a redirect to /login). */
  check?: (status: number, body: string, headers: Record<string, string | string[]>) => boolean;
};

export type TScenario = { name: string; next: (i: number) => TRequestSpec };
/**
 * `load1`: the machine's one-minute load average when the run ended (other work competing for the
 * cores); `meanBytes`: the mean size of a response's body (a page's HTML, uncompressed).
 */
export type TLoadResult = TRunSummary & { failures: number; load1: number; meanBytes?: number };

/** Sends `count` requests one after another: the first requests of a route load its code. */
export async function warmUp(baseUrl: string, scenario: TScenario, count: number) {
  for (let i = 0; i < count; i++) {
    const spec = scenario.next(1_000_000 + i);
    await (await fetch(`${baseUrl}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body, redirect: "manual" })).arrayBuffer();
  }
}

export async function runLoad(baseUrl: string, scenario: TScenario, opts: { clients: number; seconds: number }): Promise<TLoadResult> {
  let i = 0;
  let failures = 0;
  let bytes = 0;
  let bodies = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections: opts.clients,
    duration: opts.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req, context) => {
          const spec = scenario.next(i++);
          context.spec = spec;
          return { ...req, method: spec.method, path: spec.path, headers: spec.headers, body: spec.body };
        },
        onResponse: (status, body, context, headers) => {
          const spec = context.spec as TRequestSpec | undefined;
          bytes += Buffer.byteLength(body);
          bodies++;
          if (spec?.check ? !spec.check(status, body, headers) : status >= 400) failures++;
        },
      },
    ],
  });
  instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  const result = await instance;
  return {
    ...summarizeRun({
      latenciesMs: latencies,
      clients: opts.clients,
      seconds: result.duration,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }),
    failures,
    meanBytes: bodies ? Math.round(bytes / bodies) : undefined,
    load1: Math.round(os.loadavg()[0] * 10) / 10,
  };
}
