// The school an administrator manages, for actions and pages. Writes are then scoped by this
// schoolId in their `where` clauses, so an id from another school finds nothing.
import "server-only";
import { notFound } from "next/navigation";
import type { TCurrentUser } from "@/lib/auth/session";
import { requireUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { ActionError } from "@/lib/errors";

/** The first school in which the person may manage the school (a person rarely runs two). */
export function managedSchoolId(user: TCurrentUser): number | null {
  return schoolsWith(user.roles, "school:manage")[0] ?? null;
}

/** For pages: the signed-in administrator and their school, or 404. */
export async function requireSchoolAdmin(): Promise<{ user: TCurrentUser; schoolId: number }> {
  const user = await requireUser();
  const schoolId = managedSchoolId(user);
  if (!schoolId) notFound();
  return { user, schoolId };
}

/** Locking a term is a permission of its own. */
export function assertCanLockTerms(user: TCurrentUser, schoolId: number) {
  if (!can(user.roles, "term:lock", { schoolId })) throw new ActionError("forbidden");
}
