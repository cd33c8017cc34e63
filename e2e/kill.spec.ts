// No mark is ever lost. 32 clients save marks through the real server action of a
// production server while (1) the server is killed with SIGKILL and started again, (2) PostgreSQL
// is killed with SIGKILL and started again under the running server. Afterwards every save the
// server acknowledged is in the database with its audit row, and nothing exists half: no mark
// without its audit row, no audit row without its mark. About 15–20 s each: they run in every
// `npm test`.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/database/prisma";
import {
  actionId,
  killApp,
  killPg,
  prepareSchool,
  removePgData,
  runClients,
  saveMark,
  sessionCookie,
  startApp,
  startPg,
  stopApp,
  type TPg,
  type TSaveTarget,
} from "./kill-harness";

test.describe.configure({ mode: "serial", timeout: 300_000 });

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const PG_PORT = Number(process.env.BELEM_TEST_PG_PORT ?? 54330) + 40;

async function setUp(name: string) {
  removePgData(name);
  const pg = await startPg(name, PG_PORT);
  const school = await prepareSchool(pg.url);
  const cells = school.pupils.flatMap((p) => school.lessons.map((l) => ({ lessonId: l.id, studentId: p.id })));
  expect(cells).toHaveLength(32);
  const app = await startApp(APP_PORT, pg.url);
  const target: TSaveTarget = {
    port: APP_PORT,
    action: actionId("lib/journal/actions.ts", "saveCellAction"),
    assignmentId: school.assignmentId,
    cookie: await sessionCookie(school.teacher.id, pg.url),
    workKindId: school.workKinds[0].id,
  };
  return { pg, school, cells, app, target };
}

/** Every acknowledged save whole, with its audit row; nothing half-written anywhere in the school. */
async function checkNothingLost(pg: TPg, schoolId: number, acknowledged: { id: string; value: number }[]) {
  const db = createPrismaClient(pg.url, 2);
  try {
    const marks = await db.mark.findMany({ where: { schoolId }, select: { id: true, value: true } });
    const audits = await db.auditEvent.findMany({ where: { schoolId, action: "mark.create" }, select: { entityId: true, after: true } });
    const markIds = new Map(marks.map((m) => [String(m.id), m.value]));
    const audited = new Set(audits.map((a) => a.entityId ?? ""));
    const lost = acknowledged.filter((a) => markIds.get(a.id) !== a.value || !audited.has(a.id));
    expect(lost, "acknowledged saves missing or without their audit row").toEqual([]);
    expect(
      marks.filter((m) => !audited.has(String(m.id))).map((m) => String(m.id)),
      "marks without their audit row",
    ).toEqual([]);
    expect(
      [...audited].filter((id) => !markIds.has(id)),
      "audit rows of marks that do not exist",
    ).toEqual([]);
    return { marks: marks.length, checked: acknowledged.length };
  } finally {
    await db.$disconnect();
  }
}

async function waitFor(condition: () => boolean, ms: number) {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

test("killing the server mid-save loses no acknowledged mark and leaves nothing half-written", async () => {
  const { pg, school, cells, app, target } = await setUp(`kill-app-${PG_PORT}`);
  try {
    const clients = runClients(target, cells);
    await waitFor(() => clients.acknowledged.length >= 200, 60_000);
    killApp(app);
    await clients.stop();
    const beforeRestart = [...clients.acknowledged];
    expect(beforeRestart.length).toBeGreaterThanOrEqual(64);
    const restarted = await startApp(APP_PORT, pg.url);
    try {
      expect(await saveMark(target, cells[0], "after-restart", 5)).not.toBeNull();
      const result = await checkNothingLost(pg, school.schoolId, beforeRestart);
      test.info().annotations.push({
        type: "figures",
        description: `${result.checked} acknowledged saves checked after SIGKILL of the server, ${result.marks} marks in all`,
      });
      console.log(`[kill] server: ${result.checked} acknowledged saves checked, ${result.marks} marks`);
    } finally {
      await stopApp(restarted);
    }
  } finally {
    await pg.stop().catch(() => {});
    removePgData(`kill-app-${PG_PORT}`);
  }
});

test("killing PostgreSQL mid-save loses no acknowledged mark, and the running server recovers by itself", async () => {
  const name = `kill-pg-${PG_PORT}`;
  const { pg, school, cells, app, target } = await setUp(name);
  let current = pg;
  try {
    const clients = runClients(target, cells);
    await waitFor(() => clients.acknowledged.length >= 200, 60_000);
    killPg(name);
    const atKill = clients.acknowledged.length;
    await new Promise((r) => setTimeout(r, 2000));
    current = await startPg(name, PG_PORT);
    // The server was not restarted: its pool reconnects, and saves are acknowledged again.
    await waitFor(() => clients.acknowledged.length > atKill + 64, 90_000);
    await clients.stop();
    expect(clients.acknowledged.length).toBeGreaterThan(atKill + 64);
    const result = await checkNothingLost(current, school.schoolId, clients.acknowledged);
    test.info().annotations.push({
      type: "figures",
      description: `${result.checked} acknowledged saves checked after SIGKILL of PostgreSQL, ${result.marks} marks in all`,
    });
    console.log(`[kill] postgres: ${result.checked} acknowledged saves checked, ${result.marks} marks`);
  } finally {
    await stopApp(app);
    await current.stop().catch(() => {});
    removePgData(name);
  }
});
