// Exemptions from a subject: only the school's administrator, for pupils of their own school.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { createExemptionAction, endExemptionAction } from "@/lib/exemptions/actions";
import { actionCases, SCHOOL_SCOPES } from "../define";
import type { TTarget } from "../world";

/** A subject of its own per call, so no two calls' exemptions overlap. */
async function freshSubject(t: TTarget, n: number) {
  const row = await db.subject.create({
    data: { schoolId: t.schoolId, code: `exempt-${n}`, nameRu: "Физкультура", nameTt: "Физкультура" },
    select: { id: true },
  });
  return row.id;
}

actionCases(createExemptionAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  input: async (t, { n }) => ({ studentId: t.pupil.id, subjectId: await freshSubject(t, n), startDate: "2026-11-10", endDate: "", reason: "Справка" }),
  verify: async (result) => {
    const id = (result.data as { exemptionId: number }).exemptionId;
    expect(await db.exemption.count({ where: { id } })).toBe(1);
  },
});

actionCases(endExemptionAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  input: async (t, { n }) => {
    const row = await db.exemption.create({
      data: { schoolId: t.schoolId, yearId: t.yearId, studentId: t.pupil.id, subjectId: await freshSubject(t, n), startDate: new Date("2026-11-10T00:00:00Z") },
      select: { id: true },
    });
    return { exemptionId: row.id, endDate: "2026-12-01" };
  },
  verify: async (result) => {
    const id = (result.data as { exemptionId: number }).exemptionId;
    const row = await db.exemption.findUniqueOrThrow({ where: { id }, select: { endDate: true } });
    expect(row.endDate).toEqual(new Date("2026-12-01T00:00:00Z"));
  },
});
