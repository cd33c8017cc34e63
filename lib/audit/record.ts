// Audit events are written inside the transaction of the change they record; the table refuses
// UPDATE and DELETE (see prisma/migrations/*_audit_append_only).
import { noteChange } from "@/lib/cache/pupil-cache";
import type { TTransaction } from "@/lib/database/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TAuditEvent = {
  schoolId: number | null;
  actorId: number | null;
  action: string; // "mark.create", "mark.update", "mark.delete", "attendance.set", …
  entityType: string;
  entityId?: string | number | bigint | null;
  studentId?: number | null;
  lessonId?: number | bigint | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

export async function recordAudit(tx: TTransaction, event: TAuditEvent) {
  noteChange(event.schoolId, event.studentId ?? null);
  await tx.auditEvent.create({
    data: {
      schoolId: event.schoolId,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId == null ? null : String(event.entityId),
      studentId: event.studentId ?? null,
      lessonId: event.lessonId ?? null,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
    select: { id: true },
  });
}
