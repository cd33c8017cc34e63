// Whether a person may sign in with a password. Staff (teachers, school administrators) of a
// school whose administrator, or whose region's administrator, turned password sign-in off must
// come through the region's provider; pupils and parents keep their passwords.
import "server-only";
import { db } from "@/lib/db";

export async function isPasswordSignInAllowed(userId: number): Promise<boolean> {
  const blocked = await db.userRole.findFirst({
    where: {
      userId,
      role: { in: ["TEACHER", "SCHOOL_ADMIN"] },
      school: { OR: [{ staffPasswordSignIn: false }, { region: { staffPasswordSignIn: false } }] },
    },
    select: { id: true },
  });
  return blocked === null;
}
