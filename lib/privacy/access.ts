// Who may download a pupil's data: their parent, and nobody else. The diary's own check
// (getReadablePupil) also lets staff and the pupil in, so the parent link is checked on top of it:
// a teacher who is also a parent exports their own child, not a pupil of their school.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";
import { getReadablePupil, type TDiaryPupil } from "@/lib/diary/access";

/** The pupil if the user is their parent (diary:read:child in the link's school), else null. */
export async function findExportablePupil(user: TCurrentUser, studentId: number): Promise<TDiaryPupil | null> {
  const schools = schoolsWith(user.roles, "diary:read:child");
  if (schools.length === 0) return null;
  const pupil = await getReadablePupil(user, studentId);
  if (!pupil) return null;
  const link = await db.parentLink.findFirst({ where: { parentId: user.id, childId: pupil.id, schoolId: { in: schools } }, select: { id: true } });
  return link ? pupil : null;
}
