// What a load balancer sees: /api/health answers, /api/health/ready is 200 with the database up and
// every migration applied, and 503 within 2 s when a real PostgreSQL is hung or stopped.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as ping } from "@/app/api/bench/ping/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as live } from "@/app/api/health/route";
import { startEmbeddedPostgres, type TEmbeddedDatabase } from "../database/embedded";
import { migrate } from "../database/migrate";
import { checkReadiness } from "./readiness";

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

describe("health endpoints", () => {
  it("liveness answers without a session or a database", async () => {
    const res = live();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("readiness is 200 on the migrated database, with counts and nothing else", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ready");
    expect(body.database).toBe("ok");
    expect(body.migrations.pending).toBe(0);
    expect(body.migrations.expected).toBeGreaterThan(0);
    expect(Object.keys(body).sort()).toEqual(["database", "migrations", "status"]);
  });

  it("readiness is 503 while a migration folder is not applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "belem-migrations-"));
    try {
      cpSync(resolve("prisma/migrations"), dir, { recursive: true });
      mkdirSync(join(dir, "29991231000000_not_yet"));
      writeFileSync(join(dir, "29991231000000_not_yet", "migration.sql"), "SELECT 1;");
      const r = await checkReadiness(process.env.DATABASE_URL as string, dir);
      expect(r).toMatchObject({ status: "unavailable", database: "ok", migrations: { pending: 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the benchmark's /api/bench/ping is 404 in production unless the benchmark asked for it", () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, BELEM_DIAGNOSTIC_ROUTES: process.env.BELEM_DIAGNOSTIC_ROUTES };
    const set = (name: string, value: string | undefined) => {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    };
    try {
      set("NODE_ENV", "production");
      set("BELEM_DIAGNOSTIC_ROUTES", undefined);
      expect(ping().status).toBe(404);
      set("BELEM_DIAGNOSTIC_ROUTES", "1");
      expect(ping().status).toBe(200);
    } finally {
      for (const [name, value] of Object.entries(saved)) set(name, value);
    }
  });

  describe("a real PostgreSQL of its own, hung then stopped", () => {
    let server: TEmbeddedDatabase;
    beforeAll(async () => {
      server = await startEmbeddedPostgres({ name: `${process.env.BELEM_TEST_PG_NAME ?? "test"}-health`, port: await freePort(), quiet: true });
      await migrate(server.url);
    });
    afterAll(async () => {
      await server?.stop();
      if (server) rmSync(server.dataDir, { recursive: true, force: true });
    });

    function postgresPids(): number[] {
      const postmaster = Number(readFileSync(join(server.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postmaster)], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map(Number);
      return [postmaster, ...children];
    }

    it("is ready while it runs", async () => {
      expect((await checkReadiness(server.url)).status).toBe("ready");
    });

    it("answers 503 within 2 s while every PostgreSQL process is frozen (SIGSTOP)", async () => {
      const pids = postgresPids();
      for (const pid of pids) process.kill(pid, "SIGSTOP");
      try {
        const [r, ms] = await timed(() => checkReadiness(server.url));
        expect(r).toEqual({ status: "unavailable", database: "unreachable", migrations: null });
        expect(ms).toBeLessThan(2000);
      } finally {
        for (const pid of pids) process.kill(pid, "SIGCONT");
      }
      expect((await checkReadiness(server.url)).status).toBe("ready");
    });

    it("answers 503 within 2 s once it is stopped", async () => {
      await server.stop();
      const [r, ms] = await timed(() => checkReadiness(server.url));
      expect(r.status).toBe("unavailable");
      expect(r.database).toBe("unreachable");
      expect(ms).toBeLessThan(2000);
    });
  });
});
