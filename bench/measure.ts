// The harness's measuring passes, the same for a district and for the demo school: each path on one
// app process at 1 and 32 clients, the counting pass through the SQL proxy (which also captures the
// statements for the SQL floors and the plans), and the same load on two processes behind nginx.
import { resolve } from "node:path";
import { findNginx, startApp, startNginx, type TAppProcess } from "./app";
import { explain, isDataStatement, runSqlFloor } from "./floors";
import { runLoad, type TScenario, warmUp } from "./load";
import { captureStatements } from "./passes";
import { PATHS, type TPath, type TResults } from "./report";
import type { TScenarioContext } from "./scenarios";
import { startSqlProxy } from "./sql-proxy";

// BENCH_APP_PORT moves the three ports (nginx on it, the app processes on the next two), so that
// several runs can share a machine.
const BASE_PORT = Number(process.env.BENCH_APP_PORT) || 3300;
export const PORTS = { one: BASE_PORT + 1, two: BASE_PORT + 2, nginx: BASE_PORT };
export const origin = (port: number) => `http://127.0.0.1:${port}`;
const log = (m: string) => console.log(`[bench] ${m}`);

export type TMeasured = Pick<TResults, "single" | "statements" | "sqlFloor" | "two"> & {
  memory: TResults["memory"];
  /** The Markdown of every captured statement's plan. */
  plans: string[];
  skipped: string[];
};

/**
 * Runs every scenario through every pass. `app` is the first process, already started on
 * PORTS.one with its people signed in (in `ctx`); it is stopped here.
 */
export async function measure(opts: {
  url: string;
  app: TAppProcess;
  ctx: TScenarioContext;
  scenarios: [TPath | "ping", TScenario][];
  seconds: number;
  title: string;
}): Promise<TMeasured> {
  const { url, ctx, scenarios, seconds } = opts;
  let app = opts.app;
  const skipped: string[] = [];
  const single: TResults["single"] = {};
  for (const [name, scenario] of scenarios) {
    await warmUp(origin(PORTS.one), scenario, 10);
    await runLoad(origin(PORTS.one), scenario, { clients: 4, seconds: 3 }); // JIT, caches, the pool
    const c1 = await runLoad(origin(PORTS.one), scenario, { clients: 1, seconds });
    const c32 = await runLoad(origin(PORTS.one), scenario, { clients: 32, seconds });
    single[name] = { c1, c32 };
    log(
      `${name}: 1 client p50 ${c1.p50} p95 ${c1.p95} ms, ${c1.rps}/s; 32 clients p50 ${c32.p50} ms, ${c32.rps}/s; failures ${c1.failures + c32.failures}; RSS ${app.sampleRss()} MB`,
    );
  }
  const singleMaxRssMb = app.maxRssMb();
  await app.stop();

  // Counting pass: the same app, its database connections through the proxy.
  const pgUrl = new URL(url);
  const proxy = await startSqlProxy({ host: pgUrl.hostname, port: Number(pgUrl.port) });
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  // Without the notification worker: its polling and the deliveries of the saves just made would be
  // counted as the requests' statements (the notification rows of the report measure it apart).
  app = await startApp({ port: PORTS.one, databaseUrl: proxied.toString(), publicUrl: origin(PORTS.one), env: { BELEM_WORKER: "off" } });
  const statements: TResults["statements"] = {};
  const scripts: Partial<Record<TPath, Awaited<ReturnType<typeof captureStatements>>["scripts"]>> = {};
  for (const [name, scenario] of scenarios) {
    if (name === "ping") continue;
    const captured = await captureStatements(origin(PORTS.one), scenario, proxy, { samples: 5, offset: 100_000 });
    statements[name] = captured.count;
    scripts[name] = captured.scripts;
    log(`${name}: ${captured.count.perRequest.join(", ")} statements per request`);
  }
  await app.stop();
  await proxy.close();

  const sqlFloor: TResults["sqlFloor"] = {};
  const plans: string[] = [`# Query plans of the hot paths (${opts.title})`, ""];
  for (const p of PATHS) {
    const s = scripts[p];
    if (!s) continue;
    try {
      sqlFloor[p] = { c1: await runSqlFloor(url, s, { clients: 1, seconds }), c32: await runSqlFloor(url, s, { clients: 32, seconds }) };
      log(`${p} SQL floor: p50 ${sqlFloor[p]?.c1?.p50} ms; ${sqlFloor[p]?.c32?.rps}/s at 32`);
    } catch (e) {
      sqlFloor[p] = { error: (e as Error).message };
    }
    plans.push(`## ${p}`, "");
    for (const st of s[0].filter(isDataStatement)) {
      plans.push("```sql", st.text.trim(), "```", `parameters: ${JSON.stringify(st.params)}`, "```");
      plans.push(await explain(url, st).catch((e: Error) => `(no plan: ${e.message})`), "```", "");
    }
  }

  // Two processes behind nginx.
  const two: TResults["two"] = { isAvailable: false, runs: {} };
  const twoMaxRssMb: number[] = [];
  const nginx = findNginx();
  if (!nginx) {
    two.note = "nginx is not installed (apt-get install -y nginx); the two-process run was skipped";
    skipped.push(two.note);
  } else {
    const apps = await Promise.all([PORTS.one, PORTS.two].map((port) => startApp({ port, databaseUrl: url, publicUrl: origin(PORTS.nginx) })));
    const lb = await startNginx({ nginx, port: PORTS.nginx, upstreams: [PORTS.one, PORTS.two], dir: resolve(".data/bench-nginx") });
    ctx.origin = origin(PORTS.nginx);
    two.isAvailable = true;
    for (const [name, scenario] of scenarios) {
      await warmUp(origin(PORTS.nginx), scenario, 10);
      await runLoad(origin(PORTS.nginx), scenario, { clients: 8, seconds: 2 });
      two.runs[name] = await runLoad(origin(PORTS.nginx), scenario, { clients: 32, seconds });
      log(`two processes, ${name}: ${two.runs[name]?.rps}/s at 32 clients`);
    }
    twoMaxRssMb.push(...apps.map((a) => a.maxRssMb()));
    await lb.stop();
    await Promise.all(apps.map((a) => a.stop()));
  }
  return { single, statements, sqlFloor, two, memory: { singleMaxRssMb, twoMaxRssMb }, plans, skipped };
}
