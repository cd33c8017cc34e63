import { describe, expect, it } from "vitest";
import type { TGrant } from "@/lib/authz";
import { canWriteLesson, journalRights } from "./access-rules";

const SCHOOL = 10;
const OTHER_SCHOOL = 11;
const teacher = (id: number, schoolId = SCHOOL): { id: number; roles: TGrant[] } => ({ id, roles: [{ role: "TEACHER", schoolId, regionId: null }] });
const admin = (id: number, schoolId = SCHOOL): { id: number; roles: TGrant[] } => ({ id, roles: [{ role: "SCHOOL_ADMIN", schoolId, regionId: null }] });
const assignment = { schoolId: SCHOOL, teacherId: 1, homeroomTeacherId: 2 };

describe("journal rights", () => {
  it("lets the assignment's teacher read and write, term marks included", () => {
    expect(journalRights(teacher(1), assignment)).toEqual({ canRead: true, canWrite: true, canWriteFinalMarks: true, isSubstitute: false });
  });

  it("lets the school's administrator write, but not another school's", () => {
    expect(journalRights(admin(5), assignment).canWrite).toBe(true);
    expect(journalRights(admin(5, OTHER_SCHOOL), assignment)).toMatchObject({ canRead: false, canWrite: false });
  });

  it("gives the homeroom teacher reading only", () => {
    expect(journalRights(teacher(2), assignment)).toEqual({ canRead: true, canWrite: false, canWriteFinalMarks: false, isSubstitute: false });
  });

  it("shuts out another subject's teacher, a pupil and a parent", () => {
    expect(journalRights(teacher(3), assignment).canRead).toBe(false);
    expect(journalRights({ id: 7, roles: [{ role: "STUDENT", schoolId: SCHOOL, regionId: null }] }, assignment).canRead).toBe(false);
    expect(journalRights({ id: 8, roles: [{ role: "PARENT", schoolId: SCHOOL, regionId: null }] }, assignment).canRead).toBe(false);
  });

  it("does not let a former teacher of the assignment who lost the teacher role write", () => {
    expect(journalRights({ id: 1, roles: [{ role: "PARENT", schoolId: SCHOOL, regionId: null }] }, assignment).canWrite).toBe(false);
  });

  it("lets a substitute read the journal and write only their lesson", () => {
    expect(journalRights(teacher(3), assignment, { substitutesSomeLesson: true })).toMatchObject({ canRead: true, canWrite: false, isSubstitute: true });
    expect(canWriteLesson(teacher(3), assignment, { substituteTeacherId: 3 })).toBe(true);
    expect(canWriteLesson(teacher(3), assignment, { substituteTeacherId: null })).toBe(false);
    expect(canWriteLesson(teacher(3, OTHER_SCHOOL), assignment, { substituteTeacherId: 3 })).toBe(false);
  });
});
