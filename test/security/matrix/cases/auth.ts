// One's own password: anyone signed in, for their own account only (there is no other's to name).

import { expect } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import { hashPassword } from "@/lib/auth/password";
import { createServerSession } from "@/lib/auth/server-sessions";
import { endSessionAction } from "@/lib/auth/session-actions";
import { db } from "@/lib/db";
import { actionCases } from "../define";

const EVERYONE = { admin: ["own"], teacher: ["own"], homeroom: ["own"], student: ["own"], parent: ["own"], region: ["own"] } as const;
let knownHash: Promise<string> | undefined;

actionCases(changePasswordAction, {
  scopes: ["own"],
  allowed: EVERYONE,
  // The caller's password is set to a known one first, as if they had chosen it.
  input: async (_t, { n, caller }) => {
    knownHash ??= hashPassword("Старый-пароль-2026");
    if (caller) await db.user.update({ where: { id: caller.id }, data: { passwordHash: await knownHash } });
    const next = `Новый-пароль-${n}-Казань`;
    return { currentPassword: "Старый-пароль-2026", newPassword: next, repeatPassword: next };
  },
});

// Ending one of one's own sessions (a phone left signed in): anyone signed in, only their own.
actionCases(endSessionAction, {
  scopes: ["own"],
  allowed: EVERYONE,
  input: async (t, { caller }) => ({ sessionId: await createServerSession((caller ?? t.pupil).id, "matrix") }),
  verify: async (result) => {
    const { sessionId } = (result.data ?? {}) as { sessionId: string };
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { revokedAt: true } })).revokedAt).not.toBeNull();
  },
});
