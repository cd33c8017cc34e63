// The audit screen's search: a mark change found by teacher and pupil, filters by class, subject,
// kind and dates, keyset pages that neither repeat nor skip, and who may read which school's log.
import { describe, expect, it } from "vitest";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveCellAction } from "@/lib/journal/actions";
import { createPerson, createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { auditSchoolIds } from "./access";
import { parseAuditFilters } from "./filters";
import { searchAudit } from "./queries";

const userOf = (person: { id: number }) => asUser(person, async () => (await getCurrentUser()) as TCurrentUser);

describe("the audit search", () => {
  it("finds a mark change by teacher and pupil, with its subject, class and lesson", async () => {
    const s = await createTestSchool(db);
    const lesson = s.lessons[1];
    const cell = { assignmentId: s.assignmentId, lessonId: lesson.id, studentId: s.pupils[1].id };
    const first = await asUser(s.teacher, () =>
      saveCellAction({ ...cell, upsert: [{ key: "k1", value: 4, workKindId: s.workKinds[0].id, isPending: false, comment: null }], remove: [] }),
    );
    const markId = Object.values(first?.data?.createdIds ?? {})[0] as string;
    await asUser(s.teacher, () =>
      saveCellAction({
        ...cell,
        upsert: [{ key: String(markId), id: markId, value: 5, workKindId: s.workKinds[0].id, isPending: false, comment: null }],
        remove: [],
      }),
    );
    await asUser(s.teacher, () =>
      saveCellAction({
        ...cell,
        studentId: s.pupils[0].id,
        upsert: [{ key: "k2", value: 3, workKindId: s.workKinds[0].id, isPending: false, comment: null }],
        remove: [],
      }),
    );
    const found = await searchAudit(s.schoolId, parseAuditFilters({ actor: String(s.teacher.id), pupil: String(s.pupils[1].id), kind: "mark" }));
    expect(found.rows.map((r) => r.action)).toEqual(["mark.update", "mark.create"]);
    expect(found.rows[0]).toMatchObject({
      before: expect.objectContaining({ value: 4 }),
      after: expect.objectContaining({ value: 5 }),
      className: "5 «А»",
      subject: { nameRu: "Математика", nameTt: "Математика" },
      lessonDate: "2026-11-24",
    });
    expect((await searchAudit(s.schoolId, parseAuditFilters({ subject: String(s.subjectId) }))).rows).toHaveLength(3);
    expect((await searchAudit(s.schoolId, parseAuditFilters({ class: String(s.classId), kind: "attendance" }))).rows).toHaveLength(0);
    expect((await searchAudit(s.schoolId, parseAuditFilters({ from: "2001-01-01", to: "2001-01-02" }))).rows).toHaveLength(0);
  });

  it("pages by keyset: every event once, newest first", async () => {
    const s = await createTestSchool(db);
    const at = new Date("2026-11-25T09:00:00Z");
    // Twelve events, some sharing a moment, so the id breaks ties.
    for (let i = 0; i < 12; i++) {
      await db.auditEvent.create({
        data: {
          schoolId: s.schoolId,
          actorId: s.admin.id,
          action: "class.update",
          entityType: "SchoolClass",
          createdAt: new Date(at.getTime() + Math.floor(i / 3) * 1000),
        },
      });
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const r = await searchAudit(s.schoolId, { kind: "class", after }, 5);
      seen.push(...r.rows.map((x) => x.id));
      if (!r.next) break;
      after = r.next;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen).toEqual([...seen].sort((a, b) => Number(BigInt(b) - BigInt(a))));
  });

  it("lets an administrator read their school, a regional administrator their region's, a teacher none", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const region = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
    expect(await auditSchoolIds(await userOf(s.admin))).toEqual([s.schoolId]);
    expect(await auditSchoolIds(await userOf(region))).toEqual([s.schoolId]);
    expect(await auditSchoolIds(await userOf(s.teacher))).toEqual([]);
    expect(await auditSchoolIds(await userOf(other.admin))).toEqual([other.schoolId]);
  });
});
