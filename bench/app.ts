// The app under test: a production build (next build into NEXT_DIST_DIR) and `next start`
// processes against a benchmark database, each watched for its resident memory.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { run, startChild, waitForHttp } from "../scripts/lib/process";

export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
/** Fixed for the run: sessions signed by one process are read by the other. */
export const BENCH_SECRET = "bench-secret-not-for-production-0123456789";

export type TAppProcess = { port: number; child: ChildProcess; maxRssMb: () => number; sampleRss: () => number; stop: () => Promise<void> };

export const hasBuild = () => existsSync(`${DIST_DIR}/BUILD_ID`);

/**
 * A production build in two steps, compile then generate (`next build --experimental-build-mode`):
 * the same output as `next build` without its type check, which is `npm run lint`'s job and must
 * not keep the benchmark from running while some unrelated file of the tree does not type-check.
 */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  for (const mode of ["compile", "generate"]) {
    const code = await run("node_modules/.bin/next", ["build", `--experimental-build-mode=${mode}`], {
      env: { ...env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (code !== 0) throw new Error(`next build (${mode}) failed with exit code ${code}`);
  }
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {}
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

export async function startApp(opts: {
  port: number;
  databaseUrl: string;
  publicUrl: string;
  heapMb?: number;
  env?: Record<string, string>;
}): Promise<TAppProcess> {
  const env = {
    ...process.env,
    ...opts.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: opts.databaseUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NEXTAUTH_URL: opts.publicUrl,
    PORT: String(opts.port),
    NODE_OPTIONS: `--max-old-space-size=${opts.heapMb ?? 320}`,
    // The framework floor /api/bench/ping answers only when asked for (lib/diagnostics.ts).
    BELEM_DIAGNOSTIC_ROUTES: "1",
  };
  // BENCH_CPU_PROF=<dir>: each app process writes a V8 CPU profile there when it stops (summarised
  // by bench/profile-summary.ts); node refuses --cpu-prof in NODE_OPTIONS, so it runs next itself.
  const prof = process.env.BENCH_CPU_PROF;
  const child = prof
    ? startChild(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${prof}`, "node_modules/next/dist/bin/next", "start", "-p", String(opts.port)], {
        env,
        stdio: ["ignore", "ignore", "inherit"],
      })
    : startChild("node_modules/.bin/next", ["start", "-p", String(opts.port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  await waitForHttp(`http://127.0.0.1:${opts.port}/api/bench/ping`, 120_000);
  let max = 0;
  const sampleRss = () => {
    const mb = child.pid ? rssMb(child.pid) : 0;
    max = Math.max(max, mb);
    return mb;
  };
  const timer = setInterval(sampleRss, 500);
  sampleRss();
  return {
    port: opts.port,
    child,
    sampleRss,
    maxRssMb: () => max,
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Nginx from Debian, if installed: the binary's path, or null. */
export function findNginx(): string | null {
  for (const p of ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) if (existsSync(p)) return p;
  return null;
}

/** Two (or more) app processes behind nginx: round robin, keep-alive to the upstreams. */
export async function startNginx(opts: { nginx: string; port: number; upstreams: number[]; dir: string }): Promise<{ stop: () => Promise<void> }> {
  mkdirSync(opts.dir, { recursive: true });
  const conf = `${opts.dir}/nginx.conf`;
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${opts.dir}/nginx.pid;
error_log ${opts.dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${opts.dir}/body;
  proxy_temp_path ${opts.dir}/proxy;
  fastcgi_temp_path ${opts.dir}/fastcgi;
  uwsgi_temp_path ${opts.dir}/uwsgi;
  scgi_temp_path ${opts.dir}/scgi;
  upstream belem {
${opts.upstreams.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${opts.port};
    location / {
      proxy_pass http://belem;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_buffering on;
    }
  }
}
`,
  );
  const child = startChild(opts.nginx, ["-c", conf, "-p", opts.dir], { stdio: ["ignore", "ignore", "inherit"] });
  await waitForHttp(`http://127.0.0.1:${opts.port}/api/bench/ping`, 30_000);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
