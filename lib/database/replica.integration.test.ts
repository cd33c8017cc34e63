// Reads from a real hot standby of the test PostgreSQL (test/support/hot-standby.ts). Where a read
// went is told by data, not by a flag: with the standby's replay paused, a mark written on the
// primary exists there only, so a page that shows it read the primary and one that lacks it read
// the standby.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, replicaForTests } from "@/lib/db";
import { getTermMarks } from "@/lib/diary/marks-queries";
import { getDiaryDays } from "@/lib/diary/queries";
import { saveCellAction } from "@/lib/journal/actions";
import { cellKey } from "@/lib/reports/format";
import { getTermSheet } from "@/lib/reports/term-sheet";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { freePort, startHotStandby, type THotStandby } from "@/test/support/hot-standby";
import { asAnonymous, asUser } from "@/test/support/session";
import { cellInput } from "@/test/support/statements";
import { RECENT_WRITE_COOKIE } from "./recent-write";
import { primaryWindowMs } from "./replica";

let s: TTestSchool;
let standby: THotStandby;
let primary: pg.Client;
let replica: pg.Client | null = null;
let answer: number;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lagLimit = async (ms: number) => {
  process.env.DATABASE_REPLICA_MAX_LAG_MS = String(ms);
  await replicaForTests.check();
};

beforeAll(async () => {
  // Named before lib/db.ts first reads its environment (the school below is its first query).
  const port = Number(process.env.BELEM_TEST_REPLICA_PORT) || (await freePort());
  const u = new URL(process.env.DATABASE_URL as string);
  u.port = String(port);
  process.env.DATABASE_REPLICA_URL = u.toString();
  s = await createTestSchool(db);
  answer = s.workKinds.find((w) => w.code === "answer")!.id;
  primary = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await primary.connect();
  standby = await startHotStandby(process.env.TEST_DATABASE_URL as string, { port });
  replica = new pg.Client({ connectionString: u.toString() });
  await replica.connect();
  // A standby knows how far behind it is from the last commit it replayed: give it one.
  await primary.query(`UPDATE "School" SET "nameRu" = "nameRu" WHERE id = $1`, [s.schoolId]);
  await caughtUp();
}, 120_000);

afterAll(async () => {
  await replica?.end().catch(() => {});
  await primary?.end();
  await standby?.remove();
});

/** Waits until the standby has replayed everything the primary has written so far. */
async function caughtUp() {
  const { rows } = await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  for (let i = 0; i < 200; i++) {
    const r = await (replica as pg.Client).query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [rows[0].lsn]);
    if (r.rows[0].ok) return;
    await sleep(25);
  }
  throw new Error("the standby did not catch up");
}

/** A mark written straight into the primary (no action, so no "just wrote" marker and no cache notice). */
async function markOnPrimary(pupilIndex: number, lessonIndex: number, value: number): Promise<number> {
  const { rows } = await primary.query<{ id: number }>(
    `INSERT INTO "Mark" ("schoolId", "lessonId", "studentId", "workKindId", value, "authorId", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, now(), now()) RETURNING id`,
    [s.schoolId, s.lessons[lessonIndex].id, s.pupils[pupilIndex].id, answer, value, s.teacher.id],
  );
  return rows[0].id;
}

const marksInDiary = async (pupilIndex: number) =>
  (await getDiaryDays({ id: s.pupils[pupilIndex].id, schoolId: s.schoolId }, "2026-11-23", "2026-11-29")).flatMap((l) => l.marks.map((m) => m.id));
const marksInTermPage = async (pupilIndex: number) =>
  ((await getTermMarks({ id: s.pupils[pupilIndex].id, schoolId: s.schoolId }, "2026-11-25")) ?? { rows: [] }).rows.flatMap((r) => r.marks.map((m) => m.id));

describe("with DATABASE_REPLICA_URL set to a hot standby", () => {
  it("the diary, the marks page and the term sheet read the standby; a write goes to the primary and its author then reads the primary", async () => {
    await lagLimit(60_000);
    await caughtUp();
    await (replica as pg.Client).query("SELECT pg_wal_replay_pause()");
    try {
      const onlyOnPrimary = await markOnPrimary(1, 0, 4);
      const final = await primary.query<{ id: number }>(
        `INSERT INTO "FinalMark" ("schoolId", "yearId", "termId", kind, period, "studentId", "subjectId", status, value, "authorId", "updatedAt")
         VALUES ($1, $2, $3, 'TERM', 2, $4, $5, 'GRADED', 5, $6, now()) RETURNING id`,
        [s.schoolId, s.yearId, s.terms[1].id, s.pupils[1].id, s.subjectId, s.teacher.id],
      );
      expect(final.rows).toHaveLength(1);
      // The standby has not replayed them: pages that lack them were read there.
      await asAnonymous(async () => {
        expect(await marksInDiary(1)).not.toContain(onlyOnPrimary);
        expect(await marksInTermPage(1)).not.toContain(onlyOnPrimary);
        const term = { id: s.terms[1].id, number: 2, startDate: "2026-11-03", endDate: "2026-12-28", isLocked: false } as const;
        const cls = { id: s.classId, schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "А", homeroomTeacherId: s.homeroom.id };
        const sheet = await getTermSheet(cls, term);
        expect(sheet.cells.get(cellKey(s.pupils[1].id, s.subjectId))?.kind).not.toBe("set");
      });
      expect(replicaForTests.health()).toMatchObject({ isUsable: true });

      // A save through the real action chain: it is written (the standby would refuse any write)…
      await asUser(s.teacher, async () => {
        const saved = await saveCellAction(
          cellInput(s, { studentId: s.pupils[2].id, upsert: [{ key: "k1", value: 3, workKindId: answer, isPending: false, comment: null }] }),
        );
        expect(saved.serverError).toBeUndefined();
        const id = saved.data!.createdIds.k1;
        expect((await primary.query(`SELECT value FROM "Mark" WHERE id = $1`, [id])).rows).toEqual([{ value: 3 }]);
        // …and its author reads the primary for a few seconds: the new mark is in the diary at once.
        expect(await marksInDiary(2)).toContain(id);
        expect(await marksInDiary(1)).toContain(onlyOnPrimary);
      });
      // Someone else, right after, still reads the standby (which has not replayed the save).
      await asAnonymous(async () => expect(await marksInDiary(1)).not.toContain(onlyOnPrimary));
      // A kept or forged marker past its time sends nobody to the primary.
      await asAnonymous(async () => expect(await marksInDiary(1)).not.toContain(onlyOnPrimary), { cookies: { [RECENT_WRITE_COOKIE]: String(Date.now() - 1) } });
      // The marks page is kept fresh after the save: read from the primary while the change is recent.
      await asAnonymous(async () => expect(await marksInTermPage(2)).toHaveLength(1));
    } finally {
      await (replica as pg.Client).query("SELECT pg_wal_replay_resume()");
    }
    await caughtUp();
    await asAnonymous(async () => expect(await marksInDiary(1)).toHaveLength(1));
  });

  it("a standby whose replay falls behind the threshold sends reads to the primary, and is read again once it has caught up", async () => {
    await lagLimit(300);
    await caughtUp();
    await asAnonymous(() => marksInDiary(0));
    expect(replicaForTests.health()).toMatchObject({ isUsable: true });
    await (replica as pg.Client).query("SELECT pg_wal_replay_pause()");
    try {
      const id = await markOnPrimary(0, 1, 5);
      await sleep(600);
      await replicaForTests.check();
      await asAnonymous(async () => expect(await marksInDiary(0)).toContain(id));
      expect(replicaForTests.health()).toMatchObject({ isUsable: false });
      expect(replicaForTests.health()?.reason).toMatch(/replay lag \d+ ms over 300 ms/);
    } finally {
      await (replica as pg.Client).query("SELECT pg_wal_replay_resume()");
    }
    await caughtUp();
    await replicaForTests.check();
    await asAnonymous(() => marksInDiary(0));
    expect(replicaForTests.health()).toMatchObject({ isUsable: true });
  });

  it("a stopped standby sends reads to the primary, not to an error, and is used again once it is back", async () => {
    await lagLimit(60_000);
    await caughtUp();
    await asAnonymous(() => marksInDiary(0));
    expect(replicaForTests.health()).toMatchObject({ isUsable: true });
    await replica?.end();
    replica = null;
    await standby.stop();
    const id = await markOnPrimary(0, 2, 2);
    // Right after the stop the last check still says "usable": the failed read is read again on the primary.
    await asAnonymous(async () => expect(await marksInDiary(0)).toContain(id));
    expect(replicaForTests.health()).toMatchObject({ isUsable: false });
    await replicaForTests.check();
    await asAnonymous(async () => expect(await marksInDiary(0)).toContain(id));
    expect(replicaForTests.health()?.reason).toMatch(/unreachable|failed/);

    await standby.start();
    replica = new pg.Client({ connectionString: process.env.DATABASE_REPLICA_URL });
    await replica.connect();
    await caughtUp();
    await replicaForTests.check();
    await asAnonymous(async () => expect(await marksInDiary(0)).toContain(id));
    expect(replicaForTests.health()).toMatchObject({ isUsable: true });
  });

  it("keeps the window in which recent changes read the primary above the lag threshold", async () => {
    await lagLimit(2_000);
    expect(primaryWindowMs()).toBeGreaterThan(2_000);
  });
});
