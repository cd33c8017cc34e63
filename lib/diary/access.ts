// Whose diary may a person open? Decided here, on the server, from the database. Anything not
// allowed answers as if the pupil did not exist.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";

export type TDiaryPupil = { id: number; firstName: string; lastName: string; schoolId: number };

/** The pupil if the user may read their diary, else null (the page then answers "not found"). */
export const getReadablePupil = cache(async (user: TCurrentUser, studentId: number): Promise<TDiaryPupil | null> => {
  if (!Number.isInteger(studentId) || studentId <= 0 || studentId > 2_147_483_647) return null;
  const pupil = await db.user.findFirst({
    where: { id: studentId, roles: { some: { role: "STUDENT" } } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      roles: { where: { role: "STUDENT" }, select: { schoolId: true }, take: 1 },
      parentLinks: { where: { parentId: user.id }, select: { id: true }, take: 1 },
    },
  });
  const schoolId = pupil?.roles[0]?.schoolId;
  if (!pupil || !schoolId) return null;
  const result = { id: pupil.id, firstName: pupil.firstName, lastName: pupil.lastName, schoolId };
  if (pupil.id === user.id && can(user.roles, "diary:read:own")) return result;
  if (pupil.parentLinks.length > 0 && can(user.roles, "diary:read:child")) return result;
  if (schoolsWith(user.roles, "diary:read:school").includes(schoolId)) return result;
  return null;
});
