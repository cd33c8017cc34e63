// An outbox event written from raw SQL, inside the statement that makes the change it reports: the
// change is a data-modifying CTE returning the ids it touched, and the event is inserted from it,
// so a mark, its audit event and its notification are one atomic statement (no BEGIN/COMMIT).
import { SQL_NOW_UTC } from "@/lib/audit/record-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type TOutboxEvent = { schoolId: number; kind: TOutboxKind; key: string; studentId: number; payload: Record<string, unknown> };
export const OUTBOX_KINDS = ["mark", "absence", "finalMark"] as const;
export type TOutboxKind = (typeof OUTBOX_KINDS)[number];

/** One journal cell's marks (or its absence): a burst of corrections to it is one notification. */
export const cellKey = (kind: TOutboxKind, lessonId: bigint | number, studentId: number) => `${kind}:${lessonId}:${studentId}`;

/**
 * `INSERT INTO "OutboxEvent" … SELECT … FROM <source>`: one event per row of `source`, a CTE with
 * an `id` column, added to the payload as `entityId` (no row, no event): a decimal string, since a
 * 64-bit id read back from JSON as a number could lose digits.
 */
export function outboxFromRows(source: string, event: TOutboxEvent): Prisma.Sql {
  if (!/^[a-z_]+$/.test(source)) throw new Error(`not a CTE name: ${source}`);
  return Prisma.sql`INSERT INTO "OutboxEvent" ("schoolId", kind, key, "studentId", payload, "createdAt")
    SELECT ${event.schoolId}::int, ${event.kind}::text, ${event.key}::text, ${event.studentId}::int,
      ${JSON.stringify(event.payload)}::jsonb || jsonb_build_object('entityId', src.id::text), ${SQL_NOW_UTC}
    FROM ${Prisma.raw(source)} src`;
}
