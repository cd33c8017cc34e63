"use server";
// The school administration tells the whole school, chosen classes or chosen roles something, until
// an optional expiry. The announcement and its outbox event are written in one transaction.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { fromIsoDate } from "@/lib/i18n/dates";
import { ZCreateAnnouncementInput } from "@/lib/messages/schemas";
import { z, zId } from "@/lib/validation";

/** The end of the expiry day in Moscow (UTC+3): shown through that whole school day. */
const endOfMoscowDay = (iso: string) => new Date(fromIsoDate(iso).getTime() + 21 * 3600_000);

/** The school is the one the caller administers (lib/school/access.ts), never one named by the client. */
export const createAnnouncementAction = schoolAdminClient
  .metadata({ name: "announcements.create" })
  .inputSchema(ZCreateAnnouncementInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    if (!can(user.roles, "announcements:manage", { schoolId })) throw new ActionError("forbidden");
    const classIds = [...new Set(input.classIds)];
    if (classIds.length > 0) {
      const found = await db.schoolClass.count({ where: { schoolId, id: { in: classIds } } });
      if (found !== classIds.length) throw new ActionError("not_found");
    }
    const roles = [...new Set(input.roles)];
    const id = await db.$transaction(async (tx) => {
      const row = await tx.announcement.create({
        data: {
          schoolId,
          authorId: user.id,
          title: input.title,
          body: input.body,
          classIds,
          roles,
          expiresAt: input.expiresOn ? endOfMoscowDay(input.expiresOn) : null,
        },
        select: { id: true },
      });
      await tx.outboxEvent.create({
        data: { schoolId, kind: "announcement", key: `announcement:${row.id}`, studentId: null, payload: { announcementId: row.id } },
      });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "announcement.create",
        entityType: "Announcement",
        entityId: row.id,
        after: { classIds, roles },
      });
      return row.id;
    });
    revalidatePath("/", "layout");
    return { id };
  });

export const deleteAnnouncementAction = schoolAdminClient
  .metadata({ name: "announcements.delete" })
  .inputSchema(z.object({ id: zId }))
  .action(async ({ parsedInput: { id }, ctx: { user, schoolId } }) => {
    const row = await db.announcement.findFirst({ where: { id, schoolId }, select: { id: true, schoolId: true } });
    if (!row) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.announcement.delete({ where: { id: row.id, schoolId: row.schoolId }, select: { id: true } });
      await recordAudit(tx, { schoolId: row.schoolId, actorId: user.id, action: "announcement.delete", entityType: "Announcement", entityId: row.id });
    });
    revalidatePath("/", "layout");
    return { id };
  });
