"use server";
// A person turns notifications on or off on a device, and chooses what they hear about. All of it
// is about the caller's own account: a parent may mute only their own children.
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { ZPreferencesInput, ZSubscribeInput, ZUnsubscribeInput } from "./schemas";

/** A device is one endpoint: subscribing it again (or as another person on a shared device) moves it. */
export const subscribePushAction = authActionClient
  .metadata({ name: "notifications.subscribe" })
  .inputSchema(ZSubscribeInput)
  .action(async ({ parsedInput: { endpoint, keys, label }, ctx: { user } }) => {
    const id = await db.$transaction(async (tx) => {
      const row = await tx.pushSubscription.upsert({
        where: { endpoint },
        create: { userId: user.id, endpoint, p256dh: keys.p256dh, auth: keys.auth, label: label ?? null },
        update: { userId: user.id, p256dh: keys.p256dh, auth: keys.auth, label: label ?? null },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId: null, actorId: user.id, action: "push.subscribe", entityType: "PushSubscription", entityId: row.id });
      return row.id;
    });
    return { id };
  });

export const unsubscribePushAction = authActionClient
  .metadata({ name: "notifications.unsubscribe" })
  .inputSchema(ZUnsubscribeInput)
  .action(async ({ parsedInput: { endpoint }, ctx: { user } }) => {
    // Another person's device is "not found", like one that does not exist.
    const row = await db.pushSubscription.findFirst({ where: { endpoint, userId: user.id }, select: { id: true } });
    if (!row) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.pushSubscription.deleteMany({ where: { id: row.id, userId: user.id } });
      await recordAudit(tx, { schoolId: null, actorId: user.id, action: "push.unsubscribe", entityType: "PushSubscription", entityId: row.id });
    });
    return { removed: 1 };
  });

export const setNotificationPreferencesAction = authActionClient
  .metadata({ name: "notifications.setPreferences" })
  .inputSchema(ZPreferencesInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const muted = [...new Set(input.mutedStudentIds)];
    if (muted.length > 0) {
      const linked = await db.parentLink.count({ where: { parentId: user.id, childId: { in: muted } } });
      if (linked !== muted.length) throw new ActionError("not_found");
    }
    const data = { events: [...new Set(input.events)], quietFrom: input.quietFrom, quietTo: input.quietTo, byEmail: input.byEmail, mutedStudentIds: muted };
    await db.$transaction(async (tx) => {
      await tx.notificationPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data, select: { userId: true } });
      await recordAudit(tx, {
        schoolId: null,
        actorId: user.id,
        action: "notifications.preferences",
        entityType: "NotificationPreference",
        entityId: user.id,
        after: data,
      });
    });
    revalidatePath("/notifications");
    return data;
  });
