// The class journal: marks and absences in a cell, the topic, a cell's history, term marks, and
// homework. The assignment's teacher and the school's administrators write; the homeroom teacher
// reads every subject of their class; nobody else sees it.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { getLessonHomeworkAction, saveHomeworkAction } from "@/lib/homework/actions";
import { getCellHistoryAction, saveCellAction, saveCellsAction, setLessonTopicAction } from "@/lib/journal/actions";
import { setFinalMarkAction } from "@/lib/journal/final-mark-actions";
import { ALL_SCOPES, actionCases, SCHOOL_SCOPES } from "../define";

const WRITERS = { admin: SCHOOL_SCOPES, teacher: ["own"] } as const;
const READERS = { admin: SCHOOL_SCOPES, teacher: ["own"], homeroom: ["own"] } as const;

actionCases(saveCellAction, {
  scopes: ALL_SCOPES,
  allowed: WRITERS,
  input: (t, { n }) => ({
    assignmentId: t.assignmentId,
    lessonId: t.lessonIds[0],
    studentId: t.pupil.id,
    upsert: [{ key: `k${n}`, clientKey: randomUUID(), value: 5, workKindId: t.workKindId, isPending: false, comment: null }],
    remove: [],
  }),
  verify: async (_r, t) => {
    expect(await db.mark.count({ where: { lessonId: t.lessonIds[0], studentId: t.pupil.id, value: 5 } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { lessonId: t.lessonIds[0], studentId: t.pupil.id } })).toBeGreaterThan(0);
  },
});

actionCases(saveCellsAction, {
  scopes: ALL_SCOPES,
  allowed: WRITERS,
  input: (t, { n }) => ({
    cells: [
      {
        assignmentId: t.assignmentId,
        lessonId: t.lessonIds[0],
        studentId: t.pupil.id,
        upsert: [{ key: `b${n}`, clientKey: randomUUID(), value: 4, workKindId: t.workKindId, isPending: false, comment: null }],
        remove: [],
      },
    ],
  }),
  verify: async (_r, t) => {
    expect(await db.mark.count({ where: { lessonId: t.lessonIds[0], studentId: t.pupil.id, value: 4 } })).toBeGreaterThan(0);
  },
});

actionCases(setLessonTopicAction, {
  scopes: ALL_SCOPES,
  allowed: WRITERS,
  input: (t, { n }) => ({ lessonId: t.lessonIds[1], topic: `Дроби, урок ${n}` }),
});

actionCases(getCellHistoryAction, {
  scopes: ALL_SCOPES,
  allowed: READERS,
  input: (t) => ({ lessonId: t.lessonIds[0], studentId: t.pupil.id }),
});

actionCases(setFinalMarkAction, {
  scopes: ALL_SCOPES,
  allowed: WRITERS,
  input: (t) => ({ assignmentId: t.assignmentId, studentId: t.pupil.id, period: 2, mark: { status: "GRADED", value: 4 } }),
  verify: async (_r, t) => {
    expect(await db.finalMark.count({ where: { studentId: t.pupil.id, period: 2, value: 4 } })).toBe(1);
  },
});

actionCases(saveHomeworkAction, {
  scopes: ALL_SCOPES,
  allowed: WRITERS,
  input: (t, { n }) => ({ lessonId: t.lessonIds[2], text: `Упражнение ${n}`, dueLessonId: null, dueDate: "2026-11-30", removeAttachmentIds: [], files: [] }),
});

actionCases(getLessonHomeworkAction, {
  scopes: ALL_SCOPES,
  allowed: READERS,
  input: (t) => ({ lessonId: t.lessonIds[0] }),
});
