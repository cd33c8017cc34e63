// What the notifications page shows: the person's choices (the defaults when they made none), and
// for a parent the children they may mute.
import "server-only";
import type { TCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DEFAULT_QUIET } from "./schedule";
import { NOTIFICATION_EVENTS } from "./schemas";

export type TNotificationSettings = {
  events: string[];
  quietFrom: number;
  quietTo: number;
  byEmail: boolean;
  mutedStudentIds: number[];
  children: { id: number; firstName: string }[];
  hasEmail: boolean;
};

export async function getNotificationSettings(user: TCurrentUser): Promise<TNotificationSettings> {
  const [pref, children, person] = await Promise.all([
    db.notificationPreference.findUnique({
      where: { userId: user.id },
      select: { events: true, quietFrom: true, quietTo: true, byEmail: true, mutedStudentIds: true },
    }),
    db.parentLink.findMany({ where: { parentId: user.id }, select: { child: { select: { id: true, firstName: true } } }, orderBy: { childId: "asc" } }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } }),
  ]);
  return {
    events: pref?.events ?? [...NOTIFICATION_EVENTS],
    quietFrom: pref?.quietFrom ?? DEFAULT_QUIET.from,
    quietTo: pref?.quietTo ?? DEFAULT_QUIET.to,
    byEmail: pref?.byEmail ?? false,
    mutedStudentIds: pref?.mutedStudentIds ?? [],
    children: children.map((c) => c.child),
    hasEmail: Boolean(person.email),
  };
}
