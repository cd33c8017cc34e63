// Notifications: a person's own devices and choices. Anyone signed in may turn them on for
// themselves; a device of another person is not theirs to remove; a parent mutes only their own child.
import { createECDH, randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { setNotificationPreferencesAction, subscribePushAction, unsubscribePushAction } from "@/lib/notifications/actions";
import { actionCases } from "../define";

const SIGNED_IN = { admin: ["own"], teacher: ["own"], homeroom: ["own"], student: ["own"], parent: ["own"], region: ["own"] } as const;

const device = (n: number) => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint: `https://push.example.org/matrix/${n}-${randomBytes(4).toString("hex")}`,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
  };
};

actionCases(subscribePushAction, {
  scopes: ["own"],
  allowed: SIGNED_IN,
  input: (_t, { n }) => device(n),
  verify: async (result, _t, { caller }) => {
    const { id } = result.data as { id: number };
    expect(await db.pushSubscription.count({ where: { id, userId: caller?.id } })).toBe(1);
  },
});

// Only one's own device; another person's answers not_found and stays (lib/notifications/push.integration.test.ts).
actionCases(unsubscribePushAction, {
  scopes: ["own"],
  allowed: SIGNED_IN,
  input: async (_t, { n, caller }) => {
    const d = device(n);
    if (caller) await db.pushSubscription.create({ data: { userId: caller.id, endpoint: d.endpoint, p256dh: d.keys.p256dh, auth: d.keys.auth } });
    return { endpoint: d.endpoint };
  },
  verify: async (result) => {
    expect(result.data).toEqual({ removed: 1 });
  },
});

const choices = { events: ["mark", "homework"], quietFrom: 22 * 60, quietTo: 7 * 60, byEmail: false };

actionCases(
  setNotificationPreferencesAction,
  {
    name: "own choices",
    scopes: ["own"],
    allowed: SIGNED_IN,
    input: () => ({ ...choices, mutedStudentIds: [] }),
    verify: async (_result, _t, { caller }) => {
      expect(await db.notificationPreference.findUnique({ where: { userId: caller?.id }, select: { quietFrom: true } })).toEqual({ quietFrom: 22 * 60 });
    },
  },
  {
    name: "mute a child",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: { parent: ["own"] },
    input: (t) => ({ ...choices, mutedStudentIds: [t.pupil.id] }),
    verify: async (_result, t, { caller }) => {
      expect(await db.notificationPreference.findUnique({ where: { userId: caller?.id }, select: { mutedStudentIds: true } })).toEqual({
        mutedStudentIds: [t.pupil.id],
      });
    },
  },
);
