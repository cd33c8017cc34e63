// The machinery of the kill tests (kill.spec.ts): a PostgreSQL and a production server of their
// own that can be killed with SIGKILL and started again, and clients that save marks through the
// real server action over HTTP, each remembering which saves the server acknowledged.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { encode } from "next-auth/jwt";
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";
import { createPrismaClient } from "../lib/database/prisma";
import { createTestSchool } from "../test/support/factories";

const DIST = process.env.NEXT_DIST_DIR ?? ".next";
export const SECRET = process.env.NEXTAUTH_SECRET ?? "kill-test-secret-0123456789abcdef";

export type TPg = { name: string; url: string; stop: () => Promise<void> };

export async function startPg(name: string, port: number): Promise<TPg> {
  // A refused start (the killed server's shared memory not yet released) is tried again.
  for (let attempt = 0; ; attempt++) {
    try {
      const pg = await startEmbeddedPostgres({ name, port, quiet: true });
      return { name, url: withDatabase(pg.url, "belem_kill"), stop: pg.stop };
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export function killPg(name: string) {
  const pid = Number(readFileSync(resolve(".data", name, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
  return pid;
}

export function removePgData(name: string) {
  rmSync(resolve(".data", name), { recursive: true, force: true });
}

/** A migrated database with a class of 8 pupils and 4 lessons: 32 cells, one per client. */
export async function prepareSchool(url: string) {
  await ensureDatabase(url);
  await migrate(url);
  const db = createPrismaClient(url, 2);
  try {
    return await createTestSchool(db, { pupils: 8, lessonDates: ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"] });
  } finally {
    await db.$disconnect();
  }
}

/** The server action's id, from the build's manifest (what the journal page's form posts). */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(DIST, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`${file}#${name} is not in the build: run the e2e tier without --skip-build`);
  return found[0];
}

export type TApp = { port: number; child: ChildProcess };

export async function startApp(port: number, databaseUrl: string): Promise<TApp> {
  if (!existsSync(join(DIST, "BUILD_ID"))) throw new Error(`No production build in ${DIST}`);
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--standalone", join(DIST, "standalone", "server.js"), "--port", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      PORT: String(port),
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "ignore"],
    // Its own process group, so SIGKILL reaches every process the server started.
    detached: true,
  });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://localhost:${port}/login`)).status < 500) return { port, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

export function killApp(app: TApp) {
  process.kill(-(app.child.pid as number), "SIGKILL");
}

export async function stopApp(app: TApp) {
  try {
    process.kill(-(app.child.pid as number), "SIGTERM");
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
  try {
    process.kill(-(app.child.pid as number), "SIGKILL");
  } catch {}
}

/** A signed-in teacher's cookie: a server-side session row and the JWT that names it. */
export async function sessionCookie(userId: number, url: string) {
  const db = createPrismaClient(url, 1);
  const sid = `kill-${userId}-${Date.now()}`;
  try {
    await db.session.create({ data: { id: sid, userId, device: "kill test" } });
  } finally {
    await db.$disconnect();
  }
  const token = await encode({ token: { sub: String(userId), sv: 0, sid, loginAt: Math.floor(Date.now() / 1000) }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

export type TSaveTarget = { port: number; action: string; assignmentId: number; cookie: string; workKindId: number };

/** One save of one new mark, through the server action as the journal page sends it. The mark's id when acknowledged. */
export async function saveMark(t: TSaveTarget, cell: { lessonId: bigint; studentId: number }, key: string, value: number): Promise<string | null> {
  // The lesson's 64-bit id as the browser sends it: a decimal string (JSON has no bigint).
  const input = {
    assignmentId: t.assignmentId,
    ...cell,
    lessonId: String(cell.lessonId),
    upsert: [{ key, value, workKindId: t.workKindId, isPending: false, comment: null }],
    remove: [],
  };
  try {
    const res = await fetch(`http://localhost:${t.port}/journal/${t.assignmentId}`, {
      method: "POST",
      headers: {
        "next-action": t.action,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: `http://localhost:${t.port}`,
        cookie: t.cookie,
      },
      body: JSON.stringify([input]),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    if (res.status !== 200) return null;
    const match = new RegExp(`"createdIds":\\{"${key}":"(\\d+)"\\}`).exec(text);
    return match ? match[1] : null;
  } catch {
    return null;
  }
}

/** 32 clients, one per cell, saving new marks until told to stop; returns every acknowledged save. */
export function runClients(t: TSaveTarget, cells: { lessonId: bigint; studentId: number }[]) {
  const acknowledged: { id: string; key: string; value: number }[] = [];
  let attempts = 0;
  let running = true;
  const loops = cells.map(async (cell, i) => {
    for (let j = 0; running; j++) {
      const key = `c${i}-${j}`;
      const value = 2 + (j % 4);
      attempts += 1;
      const id = await saveMark(t, cell, key, value);
      if (id !== null) acknowledged.push({ id, key, value });
      else await new Promise((r) => setTimeout(r, 100));
    }
  });
  return {
    acknowledged,
    attempts: () => attempts,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
