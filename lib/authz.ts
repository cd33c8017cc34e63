// The one permission table. Roles grant permissions; the resource decides the scope (which
// school, which class, whose child), checked by the helpers in lib/<domain>/access.ts against
// rows looked up on the server. The UI asks the same table what to show.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "journal:read", // a class journal of a teaching assignment
  "journal:write", // marks, absences, topics, homework of one's own assignments
  "journal:read:homeroom", // every subject of the class one is homeroom teacher of
  "term-mark:write",
  "diary:read:own", // a student's own diary
  "diary:read:child", // a parent's linked children
  "diary:read:school", // administrators: any pupil's diary in their school
  "diary:read:taught", // teachers: pupils they teach this year (class or subgroup), substitute for today, or their homeroom class
  "homework:complete", // a student ticks homework done
  "school:manage", // year, terms, classes, people, timetable, grading settings
  "term:lock",
  "reports:read:own", // a teacher's own assignments, a homeroom teacher's class
  "reports:read:school",
  "region:read", // schools and summaries of a region
  "region:manage", // opening a school
  "audit:read", // the audit screen of one's school (an administrator) or region's schools
  "profile:update",
  "messages:write", // threads with the people of one's school the rules allow (lib/messages/contacts.ts)
  "messages:moderate", // reported messages of one's school
  "announcements:manage",
  "absence:report", // a parent announces a child's absence in advance
] as const;

export type TPermission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly TPermission[]> = {
  REGION_ADMIN: ["region:read", "region:manage", "reports:read:school", "audit:read", "profile:update"],
  SCHOOL_ADMIN: [
    "journal:read",
    "journal:write",
    "term-mark:write",
    "diary:read:school",
    "school:manage",
    "term:lock",
    "reports:read:own",
    "reports:read:school",
    "audit:read",
    "profile:update",
    "messages:write",
    "messages:moderate",
    "announcements:manage",
  ],
  TEACHER: [
    "journal:read",
    "journal:write",
    "journal:read:homeroom",
    "term-mark:write",
    "diary:read:taught",
    "reports:read:own",
    "profile:update",
    "messages:write",
  ],
  STUDENT: ["diary:read:own", "homework:complete", "profile:update", "messages:write"],
  PARENT: ["diary:read:child", "profile:update", "messages:write", "absence:report"],
};

export type TGrant = { role: Role; schoolId: number | null; regionId: number | null };

/** Does any of the person's roles grant the permission (in the given school, when one is named)? */
export function can(grants: readonly TGrant[], permission: TPermission, scope?: { schoolId?: number; regionId?: number }): boolean {
  return grants.some(
    (g) =>
      ROLE_PERMISSIONS[g.role].includes(permission) &&
      (scope?.schoolId === undefined || g.schoolId === scope.schoolId) &&
      (scope?.regionId === undefined || g.regionId === scope.regionId),
  );
}

export function hasRole(grants: readonly TGrant[], role: Role, schoolId?: number): boolean {
  return grants.some((g) => g.role === role && (schoolId === undefined || g.schoolId === schoolId));
}

/** Schools in which the person holds a role granting the permission. */
export function schoolsWith(grants: readonly TGrant[], permission: TPermission): number[] {
  return [...new Set(grants.filter((g) => g.schoolId !== null && ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.schoolId as number))];
}

/** Where a person lands after signing in: the first matching home in this order. */
export function homePath(grants: readonly TGrant[]): string {
  const roles = new Set(grants.map((g) => g.role));
  if (roles.has("TEACHER")) return "/lessons";
  if (roles.has("SCHOOL_ADMIN")) return "/school";
  if (roles.has("PARENT")) return "/diary";
  if (roles.has("STUDENT")) return "/diary";
  if (roles.has("REGION_ADMIN")) return "/region";
  return "/login";
}
