// Whose audit log a person may read: an administrator their school's, a regional administrator
// the schools of their region. Both come from the permission table's `audit:read`.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { ROLE_PERMISSIONS } from "@/lib/authz";
import { db } from "@/lib/db";

export async function auditSchoolIds(user: TCurrentUser): Promise<number[]> {
  const grants = user.roles.filter((g) => ROLE_PERMISSIONS[g.role].includes("audit:read"));
  const schoolIds = grants.filter((g) => g.schoolId !== null).map((g) => g.schoolId as number);
  const regionIds = grants.filter((g) => g.schoolId === null && g.regionId !== null).map((g) => g.regionId as number);
  const regional = regionIds.length ? await db.school.findMany({ where: { regionId: { in: regionIds } }, select: { id: true }, orderBy: { id: "asc" } }) : [];
  return [...new Set([...schoolIds, ...regional.map((s) => s.id)])];
}

/** The school a search reads: the one asked for if the person may read it, else their first. */
export function pickAuditSchool(allowed: readonly number[], asked: number | undefined): number | null {
  if (asked !== undefined) return allowed.includes(asked) ? asked : null;
  return allowed[0] ?? null;
}
