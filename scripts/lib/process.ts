// Child processes that die with us: every script that starts a server stops it on exit, Ctrl-C
// or SIGTERM, so no postgres or next process is left behind.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";

const cleanups: (() => Promise<void> | void)[] = [];
let stopping = false;

export function onShutdown(fn: () => Promise<void> | void) {
  cleanups.unshift(fn);
}

export async function shutdown(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const fn of cleanups) {
      try {
        await fn();
      } catch (e) {
        console.error(e);
      }
    }
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(130));

// A machine that cannot run Belem as asked (lib/database/setup-error.ts): its one sentence, no stack.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    if (error instanceof Error && error.name === "SetupError") {
      console.error(`[belem] ${error.message}`);
      void shutdown(1);
      return;
    }
    console.error(error);
    void shutdown(1);
  });
}

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts });
    const kill = () => {
      child.kill("SIGTERM");
    };
    onShutdown(kill);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Starts a long-running child that is stopped (TERM, then KILL) at shutdown. */
export function startChild(cmd: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  const child = spawn(cmd, args, { stdio: "inherit", ...opts });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  );
  return child;
}

export async function waitForHttp(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
