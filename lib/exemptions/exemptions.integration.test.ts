// An administrator frees a pupil from a subject: the row and its audit event, the journal's
// «осв.» cells and term mark, the term sheet's count; refusals change nothing.
import { describe, expect, it } from "vitest";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getJournalTerm } from "@/lib/journal/queries";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { createExemptionAction, endExemptionAction } from "./actions";
import { exemptCellKeys } from "./period";

const readAs = <T>(person: { id: number }, fn: (user: TCurrentUser) => Promise<T>) => asUser(person, async () => fn((await getCurrentUser()) as TCurrentUser));

describe("exemptions", () => {
  it("frees a pupil for the second quarter: the journal shows it in that pupil's cells and term mark, with an audit event", async () => {
    const s = await createTestSchool(db);
    const pupil = s.pupils[1];
    const created = await asUser(s.admin, () =>
      createExemptionAction({ studentId: pupil.id, subjectId: s.subjectId, termId: String(s.terms[1].id), reason: "Справка врача" }),
    );
    const exemptionId = created?.data?.exemptionId as number;
    expect(exemptionId).toBeGreaterThan(0);
    const row = await db.exemption.findUniqueOrThrow({ where: { id: exemptionId }, select: { startDate: true, endDate: true, reason: true, yearId: true } });
    expect(row).toEqual({ startDate: new Date("2026-11-03T00:00:00Z"), endDate: new Date("2026-12-28T00:00:00Z"), reason: "Справка врача", yearId: s.yearId });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { schoolId: s.schoolId, action: "exemption.create" },
      select: { actorId: true, studentId: true, entityId: true },
    });
    expect(audit).toEqual({ actorId: s.admin.id, studentId: pupil.id, entityId: String(exemptionId) });

    const term = await readAs(s.teacher, (u) => getJournalTerm(u, s.assignmentId, { term: "2" }));
    expect(term?.exemptions).toEqual([{ studentId: pupil.id, from: "2026-11-03", to: "2026-12-28" }]);
    const keys = exemptCellKeys(
      term!.exemptions,
      term!.lessons,
      term!.pupils.map((p) => p.id),
    );
    expect([...keys].sort()).toEqual(s.lessons.map((l) => `${l.id}:${pupil.id}`).sort());
    const first = await readAs(s.teacher, (u) => getJournalTerm(u, s.assignmentId, { term: "1" }));
    expect(first?.exemptions).toEqual([]);
  });

  it("refuses an overlapping exemption, a pupil of another school and a last day before the first, changing nothing", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    await asUser(s.admin, () =>
      createExemptionAction({ studentId: s.pupils[0].id, subjectId: s.subjectId, startDate: "2026-11-10", endDate: "", reason: "ЛФК" }),
    );
    const twin = await asUser(s.admin, () =>
      createExemptionAction({ studentId: s.pupils[0].id, subjectId: s.subjectId, startDate: "2027-01-15", endDate: "2027-02-01", reason: "ЛФК" }),
    );
    expect(twin?.validationErrors?.fieldErrors).toEqual({ subjectId: ["admin:validation.exemptionOverlap"] });
    const stranger = await asUser(s.admin, () =>
      createExemptionAction({ studentId: other.pupils[0].id, subjectId: s.subjectId, startDate: "2026-11-10", endDate: "", reason: "ЛФК" }),
    );
    expect(stranger?.validationErrors?.fieldErrors).toEqual({ studentId: ["admin:validation.notAPupil"] });
    const backwards = await asUser(s.admin, () =>
      createExemptionAction({ studentId: s.pupils[1].id, subjectId: s.subjectId, startDate: "2026-11-10", endDate: "2026-11-01", reason: "ЛФК" }),
    );
    expect(backwards?.validationErrors?.fieldErrors).toEqual({ endDate: ["admin:validation.endBeforeStart"] });
    expect(await db.exemption.count({ where: { schoolId: { in: [s.schoolId, other.schoolId] } } })).toBe(1);
  });

  it("ends an exemption on a chosen day, and the cells after it are the pupil's again", async () => {
    const s = await createTestSchool(db);
    const pupil = s.pupils[0];
    const created = await asUser(s.admin, () =>
      createExemptionAction({ studentId: pupil.id, subjectId: s.subjectId, startDate: "2026-11-01", endDate: "", reason: "ЛФК" }),
    );
    const exemptionId = created?.data?.exemptionId as number;
    const ended = await asUser(s.admin, () => endExemptionAction({ exemptionId, endDate: "2026-11-23" }));
    expect(ended?.data).toEqual({ exemptionId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { schoolId: s.schoolId, action: "exemption.end" }, select: { before: true, after: true } });
    expect(audit).toEqual({ before: { endDate: null }, after: { endDate: "2026-11-23" } });
    const term = await readAs(s.teacher, (u) => getJournalTerm(u, s.assignmentId, { term: "2" }));
    const keys = exemptCellKeys(term!.exemptions, term!.lessons, [pupil.id]);
    expect([...keys]).toEqual([`${s.lessons[0].id}:${pupil.id}`]);
    const later = await asUser(s.admin, () => endExemptionAction({ exemptionId, endDate: "2026-12-01" }));
    expect(later?.validationErrors?.fieldErrors).toEqual({ endDate: ["admin:validation.exemptionEndLater"] });
  });
});
