// Who may read and write one teaching assignment's journal, decided from the person's roles and
// the assignment's row as the server looked it up (never from ids the client sent). Pure.
//   - the assignment's teacher and the school's administrators read and write it;
//   - a substitute teacher reads it and writes the lessons they substitute;
//   - the homeroom teacher of the class reads every subject of it;
//   - nobody else sees it at all.
import { can, hasRole, type TGrant } from "@/lib/authz";

export type TAssignmentOwners = { schoolId: number; teacherId: number; homeroomTeacherId: number | null };

export type TJournalRights = { canRead: boolean; canWrite: boolean; canWriteFinalMarks: boolean; isSubstitute: boolean };

export function journalRights(
  user: { id: number; roles: readonly TGrant[] },
  a: TAssignmentOwners,
  opts: { substitutesSomeLesson?: boolean } = {},
): TJournalRights {
  const scope = { schoolId: a.schoolId };
  const isAdmin = hasRole(user.roles, "SCHOOL_ADMIN", a.schoolId) && can(user.roles, "journal:write", scope);
  const isOwnTeacher = a.teacherId === user.id && can(user.roles, "journal:write", scope);
  const canWrite = isAdmin || isOwnTeacher;
  const isHomeroom = a.homeroomTeacherId === user.id && can(user.roles, "journal:read:homeroom", scope);
  const isSubstitute = !canWrite && Boolean(opts.substitutesSomeLesson) && can(user.roles, "journal:write", scope);
  return {
    canRead: canWrite || isHomeroom || isSubstitute,
    canWrite,
    canWriteFinalMarks: canWrite && can(user.roles, "term-mark:write", scope),
    isSubstitute,
  };
}

/** May the person write marks, absences, the topic or homework of this one lesson? */
export function canWriteLesson(user: { id: number; roles: readonly TGrant[] }, a: TAssignmentOwners, lesson: { substituteTeacherId: number | null }): boolean {
  if (journalRights(user, a).canWrite) return true;
  return lesson.substituteTeacherId === user.id && can(user.roles, "journal:write", { schoolId: a.schoolId });
}
