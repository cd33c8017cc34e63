// The audit event of a change written in raw SQL, with the columns and JSON recordAudit
// (./record.ts) writes. The change is a data-modifying CTE that returns the ids it touched; the
// event is inserted from it in the same statement, so one change with its audit event is one
// atomic statement and needs no interactive transaction.
import { noteChange } from "@/lib/cache/pupil-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditEvent } from "./record";

/** The current time as Prisma stores a DateTime: UTC wall time, whatever the session's time zone. */
export const SQL_NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

const json = (v: TAuditEvent["before"]) => (v == null ? null : JSON.stringify(v));

/**
 * `INSERT INTO "AuditEvent" … SELECT … FROM <source>`: one event per row of `source`, the name of
 * a CTE with an `id` column, which becomes the event's entityId (no row, no event).
 */
export function auditFromRows(source: string, event: Omit<TAuditEvent, "entityId">): Prisma.Sql {
  if (!/^[a-z_]+$/.test(source)) throw new Error(`not a CTE name: ${source}`);
  noteChange(event.schoolId, event.studentId ?? null);
  return Prisma.sql`INSERT INTO "AuditEvent" ("schoolId", "actorId", action, "entityType", "entityId", "studentId", "lessonId", before, after, "createdAt")
    SELECT ${event.schoolId}::int, ${event.actorId}::int, ${event.action}::text, ${event.entityType}::text, src.id::text,
      ${event.studentId ?? null}::int, ${event.lessonId ?? null}::bigint, ${json(event.before)}::jsonb, ${json(event.after)}::jsonb, ${SQL_NOW_UTC}
    FROM ${Prisma.raw(source)} src`;
}
