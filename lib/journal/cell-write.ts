// Applies one cell's change (marks created, changed, removed; the absence set or cleared) with an
// audit event for each real change. Each change is one statement that writes its row and its audit
// event together (a data-modifying CTE, lib/audit/record-sql.ts): the usual save, one mark, is one
// atomic statement with no BEGIN/COMMIT around it; several changes run in one transaction. Nothing
// is written, and no audit event appears, for an entry that already holds what was sent.
//
// A new mark's client key makes its creation idempotent: when the cell already holds a mark with
// that key (a save whose answer was lost, retried), the create is that mark, left as it is or
// updated to what was sent. A key the school gave to a mark of another cell is a conflict. Keys are
// per school (the unique index leads with schoolId): another school's marks are never looked at.
import "server-only";
import type { TAuditEvent } from "@/lib/audit/record";
import { auditFromRows, SQL_NOW_UTC } from "@/lib/audit/record-sql";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { cellKey, outboxFromRows, type TOutboxEvent } from "@/lib/notifications/outbox-sql";
import type { TBigId } from "@/lib/validation";
import type { TCellContext, TStoredMark } from "./lesson-context";
import type { TSaveCellInput } from "./schemas";

/** What the cell holds after the save, for the browser: 64-bit ids as decimal strings. */
export type TSavedCell = {
  lessonId: TBigId;
  studentId: number;
  marks: (Omit<TStoredMark, "id"> & { id: TBigId })[];
  absenceCodeId: number | null;
  createdIds: Record<string, TBigId>;
};

/**
 * A create found its client key taken by a save of the same mark running alongside (a retry that
 * overtook its lost original). Nothing was written: read the cell again and save once more.
 */
export class ClientKeyTakenError extends Error {}

/** The client keys of the marks a save creates, for loadLessonContext to look up. */
export const newMarkClientKeys = (input: TSaveCellInput) => input.upsert.flatMap((u) => (u.id === undefined && u.clientKey ? [u.clientKey] : []));

type TMarkData = Omit<TStoredMark, "id">;
const markJson = (m: TMarkData) => ({ value: m.value, isPending: m.isPending, workKindId: m.workKindId, comment: m.comment });
const sameMark = (a: TMarkData, b: TMarkData) => a.value === b.value && a.isPending === b.isPending && a.workKindId === b.workKindId && a.comment === b.comment;

/**
 * Checks each entry against the school's scale and kinds of work; throws the first problem. A
 * create whose client key the cell already holds becomes an entry for that mark, and its id is
 * answered in `createdIds` as if it had just been created.
 */
export function normalizeChange(ctx: TCellContext, input: TSaveCellInput) {
  const stored = new Map(ctx.marks.map((m) => [m.id, m]));
  const byClientKey = new Map(ctx.marks.flatMap((m) => (m.clientKey ? [[m.clientKey, m.id] as const] : [])));
  const createdIds: Record<string, bigint> = {};
  const upsert = input.upsert.map(({ clientKey, ...u }) => {
    const entry = { ...u, clientKey, value: u.isPending ? null : u.value };
    const savedId = u.id === undefined && clientKey ? byClientKey.get(clientKey) : undefined;
    if (savedId === undefined) return entry;
    createdIds[u.key] = savedId;
    return { ...entry, id: savedId, clientKey: undefined };
  });
  if (upsert.length > 0 && ctx.ungradedGrades.includes(ctx.grade)) throw new ActionError("grade_not_marked");
  const ids = upsert.flatMap((u) => (u.id === undefined ? [] : [u.id]));
  if (new Set(ids).size !== ids.length || ids.some((id) => input.remove.includes(id))) throw new ActionError("conflict");
  for (const u of upsert) {
    if (!u.isPending && (u.value === null || !ctx.allowedValues.includes(u.value)))
      throw new ActionError("value_not_allowed", { value: String(u.value ?? "") });
    if (u.id !== undefined && !stored.has(u.id)) throw new ActionError("conflict");
    if (u.clientKey && ctx.foreignClientKeys.includes(u.clientKey)) throw new ActionError("conflict");
    const keepsOldKind = u.id !== undefined && stored.get(u.id)?.workKindId === u.workKindId;
    if (!keepsOldKind && !ctx.workKindIds.includes(u.workKindId)) throw new ActionError("not_found");
  }
  const absence = input.absence;
  if (absence?.absenceCodeId != null && absence.absenceCodeId !== ctx.attendance?.absenceCodeId && !ctx.absenceCodeIds.includes(absence.absenceCodeId)) {
    throw new ActionError("not_found");
  }
  return { upsert, remove: input.remove.filter((id) => stored.has(id)), absence, createdIds };
}

/** One change: a statement returning the ids it wrote, and what to make of them. */
type TWrite = { sql: Prisma.Sql; apply: (ids: bigint[]) => void };

/**
 * The change (an INSERT, UPDATE or DELETE without RETURNING), an audit event per row it wrote and,
 * for what families are told about, an outbox event per row: still one statement.
 */
export const withAudit = (change: Prisma.Sql, event: Omit<TAuditEvent, "entityId">, outbox?: TOutboxEvent) =>
  outbox
    ? Prisma.sql`WITH changed AS (${change} RETURNING id), audited AS (${auditFromRows("changed", event)}),
        queued AS (${outboxFromRows("changed", outbox)}) SELECT id FROM changed`
    : Prisma.sql`WITH changed AS (${change} RETURNING id), audited AS (${auditFromRows("changed", event)}) SELECT id FROM changed`;

async function run(writes: TWrite[]) {
  const ids = (rows: { id: bigint }[]) => rows.map((r) => r.id);
  if (writes.length === 1) {
    writes[0].apply(ids(await db.$queryRaw<{ id: bigint }[]>(writes[0].sql)));
  } else if (writes.length > 1) {
    await db.$transaction(async (tx) => {
      for (const w of writes) w.apply(ids(await tx.$queryRaw<{ id: bigint }[]>(w.sql)));
    });
  }
}

export async function writeCell(ctx: TCellContext, input: TSaveCellInput, actorId: number): Promise<TSavedCell> {
  const { upsert, remove, absence, createdIds } = normalizeChange(ctx, input);
  const { id: lessonId, schoolId } = ctx;
  const studentId = input.studentId;
  const stored = new Map(ctx.marks.map(({ clientKey: _, ...m }) => [m.id, m]));
  const result = new Map(stored);
  const event = { schoolId, actorId, studentId, lessonId };
  const cell = Prisma.sql`"schoolId" = ${schoolId}::int AND "lessonId" = ${lessonId}::bigint AND "studentId" = ${studentId}::int`;
  const writes: TWrite[] = [];
  let absenceCodeId = ctx.attendance?.absenceCodeId ?? null;
  // A pending point has no value to tell anyone about yet.
  const markOutbox = (data: TMarkData): TOutboxEvent | undefined =>
    data.isPending || data.value === null
      ? undefined
      : {
          schoolId,
          studentId,
          kind: "mark",
          key: cellKey("mark", lessonId, studentId),
          payload: { lessonId: String(lessonId), value: data.value, workKindId: data.workKindId },
        };

  for (const id of remove) {
    writes.push({
      sql: withAudit(Prisma.sql`DELETE FROM "Mark" WHERE id = ${id}::bigint AND ${cell}`, {
        ...event,
        action: "mark.delete",
        entityType: "Mark",
        before: markJson(stored.get(id) as TStoredMark),
      }),
      apply: () => result.delete(id),
    });
  }
  for (const u of upsert) {
    const data: TMarkData = { value: u.value, isPending: u.isPending, workKindId: u.workKindId, comment: u.comment };
    const { id } = u;
    if (id === undefined) {
      writes.push({
        sql: withAudit(
          Prisma.sql`INSERT INTO "Mark" ("schoolId", "lessonId", "studentId", "workKindId", value, "isPending", comment, "authorId", "clientKey", "createdAt", "updatedAt")
            VALUES (${schoolId}::int, ${lessonId}::bigint, ${studentId}::int, ${data.workKindId}::int, ${data.value}::int, ${data.isPending}::boolean,
              ${data.comment}::text, ${actorId}::int, ${u.clientKey ?? null}::text, ${SQL_NOW_UTC}, ${SQL_NOW_UTC})
            ON CONFLICT ("schoolId", "clientKey") DO NOTHING`,
          { ...event, action: "mark.create", entityType: "Mark", after: markJson(data) },
          markOutbox(data),
        ),
        apply: ([created]) => {
          if (created === undefined) throw new ClientKeyTakenError();
          createdIds[u.key] = created;
          result.set(created, { id: created, ...data });
        },
      });
    } else if (!sameMark(stored.get(id) as TStoredMark, data)) {
      writes.push({
        sql: withAudit(
          Prisma.sql`UPDATE "Mark" SET value = ${data.value}::int, "isPending" = ${data.isPending}::boolean, "workKindId" = ${data.workKindId}::int,
              comment = ${data.comment}::text, "authorId" = ${actorId}::int, "updatedAt" = ${SQL_NOW_UTC}
            WHERE id = ${id}::bigint AND ${cell}`,
          { ...event, action: "mark.update", entityType: "Mark", before: markJson(stored.get(id) as TStoredMark), after: markJson(data) },
          markOutbox(data),
        ),
        apply: ([updated]) => {
          if (updated === undefined) throw new ActionError("conflict");
          result.set(id, { id, ...data });
        },
      });
    }
  }
  const absenceId = absence === undefined ? undefined : absence.absenceCodeId;
  if (absenceId !== undefined && absenceId !== absenceCodeId) {
    const before = ctx.attendance ? { absenceCodeId: ctx.attendance.absenceCodeId } : null;
    writes.push({
      sql:
        absenceId === null
          ? withAudit(Prisma.sql`DELETE FROM "Attendance" WHERE ${cell}`, { ...event, action: "attendance.delete", entityType: "Attendance", before })
          : withAudit(
              Prisma.sql`INSERT INTO "Attendance" ("schoolId", "lessonId", "studentId", "absenceCodeId", "authorId", "createdAt", "updatedAt")
                VALUES (${schoolId}::int, ${lessonId}::bigint, ${studentId}::int, ${absenceId}::int, ${actorId}::int, ${SQL_NOW_UTC}, ${SQL_NOW_UTC})
                ON CONFLICT ("lessonId", "studentId")
                DO UPDATE SET "absenceCodeId" = EXCLUDED."absenceCodeId", "authorId" = EXCLUDED."authorId", "updatedAt" = EXCLUDED."updatedAt"`,
              {
                ...event,
                action: before ? "attendance.update" : "attendance.create",
                entityType: "Attendance",
                before,
                after: { absenceCodeId: absenceId },
              },
              {
                schoolId,
                studentId,
                kind: "absence",
                key: cellKey("absence", lessonId, studentId),
                payload: { lessonId: String(lessonId), absenceCodeId: absenceId },
              },
            ),
      apply: () => {
        absenceCodeId = absenceId;
      },
    });
  }

  await run(writes);
  const order = new Map(ctx.marks.map((m, i) => [m.id, i]));
  const marks = [...result.values()].sort(
    (a, b) => (order.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id) ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    lessonId: String(lessonId),
    studentId,
    marks: marks.map((m) => ({ ...m, id: String(m.id) })),
    absenceCodeId,
    createdIds: Object.fromEntries(Object.entries(createdIds).map(([key, id]) => [key, String(id)])),
  };
}
