// Announcements a person sees on their home page: of their schools, not expired, addressed to the
// whole school, to one of their roles, or to a class they (or their child) sit in or lead.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { rememberAnnouncementExpiry } from "@/lib/cache/page-versions";
import { db } from "@/lib/db";

export type TAnnouncementView = { id: number; title: string; body: string; createdAt: Date; expiresAt: Date | null };

export async function announcementsFor(user: TCurrentUser): Promise<TAnnouncementView[]> {
  const rows = await db.$queryRaw<TAnnouncementView[]>`
    WITH my_roles AS (SELECT r.role, r."schoolId" FROM "UserRole" r WHERE r."userId" = ${user.id}::int AND r."schoolId" IS NOT NULL),
    my_classes AS (
      SELECT e."classId" FROM "Enrolment" e WHERE e."studentId" = ${user.id}::int AND (e."endDate" IS NULL OR e."endDate" >= current_date)
      UNION SELECT e."classId" FROM "ParentLink" pl JOIN "Enrolment" e ON e."studentId" = pl."childId" AND e."schoolId" = pl."schoolId"
        WHERE pl."parentId" = ${user.id}::int AND (e."endDate" IS NULL OR e."endDate" >= current_date)
      UNION SELECT c.id FROM "SchoolClass" c WHERE c."homeroomTeacherId" = ${user.id}::int
    )
    SELECT a.id, a.title, a.body, a."createdAt", a."expiresAt" FROM "Announcement" a
    WHERE a."schoolId" IN (SELECT "schoolId" FROM my_roles)
      AND (a."expiresAt" IS NULL OR a."expiresAt" > (now() AT TIME ZONE 'UTC'))
      AND ((cardinality(a.roles) = 0 AND cardinality(a."classIds") = 0)
        OR EXISTS (SELECT 1 FROM my_roles m WHERE m."schoolId" = a."schoolId" AND m.role = ANY(a.roles))
        OR a."classIds" && ARRAY(SELECT "classId" FROM my_classes))
    ORDER BY a."createdAt" DESC LIMIT 20`;
  // The page showing them changes when the first one expires: its ETag must not outlive that.
  rememberAnnouncementExpiry(
    user.id,
    rows.map((a) => a.expiresAt),
  );
  return rows;
}

export type TAnnouncementAdminRow = TAnnouncementView & { classIds: number[]; roles: string[] };

export async function schoolAnnouncements(schoolId: number): Promise<TAnnouncementAdminRow[]> {
  return db.announcement.findMany({
    where: { schoolId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true, body: true, createdAt: true, expiresAt: true, classIds: true, roles: true },
  });
}
