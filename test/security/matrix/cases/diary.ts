// The diary: reading state of a pupil's "what's new", and a pupil ticking homework done.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { markDiaryReadAction } from "@/lib/diary/actions";
import { setHomeworkDoneAction } from "@/lib/homework/completion-actions";
import { actionCases, SCHOOL_SCOPES } from "../define";

// Administrators read any pupil of their school; a teacher the pupils they teach (and the
// homeroom teacher their class); a student their own diary; a parent their child's.
actionCases(markDiaryReadAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, teacher: ["own"], homeroom: ["own"], student: ["own"], parent: ["own"] },
  input: (t) => ({ studentId: t.pupil.id, upTo: new Date().toISOString() }),
  verify: async (_result, t) => {
    expect(await db.diaryReadState.count({ where: { studentId: t.pupil.id } })).toBeGreaterThan(0);
  },
});

// Only the pupil themselves, for homework of their own class.
actionCases(setHomeworkDoneAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { student: ["own"] },
  input: async (t) => {
    await db.homeworkCompletion.deleteMany({ where: { homeworkId: t.homeworkId } });
    return { homeworkId: t.homeworkId, isDone: true };
  },
  verify: async (_result, t) => {
    expect(await db.homeworkCompletion.count({ where: { homeworkId: t.homeworkId, studentId: t.pupil.id } })).toBe(1);
  },
});
