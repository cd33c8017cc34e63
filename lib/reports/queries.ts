// What the reports index offers a person: the classes, assignments and summaries they may open
// (the same rules as lib/reports/access.ts, applied to lists).
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, schoolsWith } from "@/lib/authz";
import { db } from "@/lib/db";

export type TIndexClass = { id: number; grade: number; letter: string };
export type TIndexAssignment = {
  id: number;
  class: { grade: number; letter: string };
  subject: { nameRu: string; nameTt: string };
  subgroup: { name: string } | null;
};

export type TReportIndex = {
  /** Classes whose term sheet and attendance the person may open. */
  classes: TIndexClass[];
  /** The person's own teaching assignments of the current year. */
  assignments: TIndexAssignment[];
  /** The school whose summary they may open (the first they administer). */
  schoolId: number | null;
  hasRegion: boolean;
  /** May the person read any report at all? */
  hasAny: boolean;
};

export async function getReportIndex(user: TCurrentUser): Promise<TReportIndex> {
  const adminSchools = schoolsWith(user.roles, "reports:read:school");
  const ownSchools = schoolsWith(user.roles, "reports:read:own");
  const hasRegion = user.roles.some((r) => r.role === "REGION_ADMIN" && r.regionId !== null && can(user.roles, "region:read", { regionId: r.regionId }));
  const currentYear = { isCurrent: true };
  const [classes, assignments] = await Promise.all([
    adminSchools.length + ownSchools.length === 0
      ? []
      : db.schoolClass.findMany({
          where: {
            year: currentYear,
            OR: [{ schoolId: { in: adminSchools } }, { schoolId: { in: ownSchools }, homeroomTeacherId: user.id }],
          },
          orderBy: [{ grade: "asc" }, { letter: "asc" }],
          select: { id: true, grade: true, letter: true },
        }),
    ownSchools.length === 0
      ? []
      : db.teachingAssignment.findMany({
          where: { teacherId: user.id, schoolId: { in: ownSchools }, year: currentYear },
          orderBy: [{ class: { grade: "asc" } }, { class: { letter: "asc" } }, { subject: { sortOrder: "asc" } }],
          select: {
            id: true,
            class: { select: { grade: true, letter: true } },
            subject: { select: { nameRu: true, nameTt: true } },
            subgroup: { select: { name: true } },
          },
        }),
  ]);
  return {
    classes,
    assignments,
    schoolId: adminSchools[0] ?? null,
    hasRegion,
    hasAny: adminSchools.length + ownSchools.length > 0 || hasRegion,
  };
}
