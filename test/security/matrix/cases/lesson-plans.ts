// Lesson plans: whoever may write the journal (its teacher, the school's administrator); the
// homeroom teacher reads it only, so may not load a plan into it.
import { db } from "@/lib/db";
import { getJournalHeader } from "@/lib/journal/queries";
import { applyLessonPlanAction, copyLessonPlanAction, previewLessonPlanAction, shiftTopicsAction, undoLessonPlanAction } from "@/lib/lesson-plans/actions";
import { planFor } from "@/lib/lesson-plans/context";
import { actionCases, routeCases, SCHOOL_SCOPES } from "../define";
import type { TTarget } from "../world";

const WRITERS = { admin: SCHOOL_SCOPES, teacher: ["own"] } as const;
const planCsv = (n: number) => Buffer.from(`№;Тема;Часы\n1;Тема ${n};1\n2;Повторение ${n};1\n`).toString("base64");

actionCases(previewLessonPlanAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: WRITERS,
  input: (t, { n }) => ({ assignmentId: t.assignmentId, fileBase64: planCsv(n), keepExisting: false }),
});

actionCases(applyLessonPlanAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: WRITERS,
  // The digest of what the preview would show, worked out on the server's side.
  input: async (t, { n }) => {
    const input = { assignmentId: t.assignmentId, fileBase64: planCsv(n), keepExisting: false };
    const header = await getJournalHeader(t.assignmentId, t.actors.teacher.id);
    if (!header) throw new Error("no journal");
    const { digest } = await planFor(header, new Uint8Array(Buffer.from(input.fileBase64, "base64")), false);
    return { ...input, digest };
  },
});

/** A journal with a plan applied and not yet undone (an audit event as the apply action writes it). */
async function appliedPlan(t: TTarget) {
  await db.auditEvent.create({
    data: {
      schoolId: t.schoolId,
      actorId: t.actors.teacher.id,
      action: "lessonPlan.apply",
      entityType: "TeachingAssignment",
      entityId: String(t.assignmentId),
      before: { lessons: [] },
      after: { lessons: [] },
    },
  });
  return { assignmentId: t.assignmentId };
}

actionCases(undoLessonPlanAction, { scopes: ["own", "otherClass", "otherSchool"], allowed: WRITERS, input: appliedPlan });

actionCases(copyLessonPlanAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  // A parallel journal of the same subject in the target's school, taught by the target's teacher.
  input: async (t) => {
    const cls = await db.schoolClass.create({
      data: { schoolId: t.schoolId, yearId: t.yearId, grade: 9, letter: `Я${Date.now() % 100000}` },
      select: { id: true },
    });
    const a = await db.teachingAssignment.create({
      data: { schoolId: t.schoolId, yearId: t.yearId, teacherId: t.actors.admin.id, subjectId: t.subjectId, classId: cls.id },
      select: { id: true },
    });
    return { assignmentId: t.assignmentId, fromAssignmentId: a.id, keepExisting: true };
  },
});

actionCases(shiftTopicsAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: WRITERS,
  input: (t) => ({ assignmentId: t.assignmentId, lessonId: t.lessonIds[0] }),
});

routeCases("GET /api/lesson-plans/[assignmentId]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, teacher: ["own"], homeroom: ["own"] },
  request: (t) => ({ params: { assignmentId: String(t.assignmentId) } }),
});

// The journal on paper: whoever may read the journal; the class's yearly archive: its school's administrator.
routeCases("GET /api/journal-print/[assignmentId]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, teacher: ["own"], homeroom: ["own"] },
  request: (t) => ({ params: { assignmentId: String(t.assignmentId) }, search: { term: "2" } }),
});

routeCases("GET /api/journal-print/class/[classId]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES },
  request: (t) => ({ params: { classId: String(t.classId) } }),
});
