// Which of their roles a person with several is "wearing" on this device (a teacher who is also a
// parent: the school's computer as a teacher, the phone at home as a parent). It picks the home
// page and the shell's links, never a permission: lib/authz.ts keeps granting the union of every
// role. Kept in a cookie that names the person, so a choice left in a shared browser means nothing
// to the next person; a role the person does not hold is ignored when read.
import "server-only";
import { cookies } from "next/headers";
import type { TCurrentUser } from "@/lib/auth/session";
import { activeRole, homePath } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_COOKIE = "belem-role";

export function roleCookieValue(userId: number, role: Role): string {
  return `${userId}:${role}`;
}

/** The role the person's home and navigation follow: their choice on this device if they hold it, else their first role. */
export async function chosenRole(user: TCurrentUser): Promise<Role | null> {
  const [id, role] = ((await cookies()).get(ROLE_COOKIE)?.value ?? "").split(":");
  return activeRole(user.roles, Number(id) === user.id ? role : null);
}

/** Where "/" and the sign-in page send the person. */
export async function homeOf(user: TCurrentUser): Promise<string> {
  return homePath(user.roles, await chosenRole(user));
}
