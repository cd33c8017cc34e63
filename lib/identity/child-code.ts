// A parent signs their child in on the child's own device: the parent's page shows a code (and a
// QR code of the sign-in page with it), valid 5 minutes, good once. The code signs in only while
// the parent is still linked to the child and both accounts are active.
import "server-only";
import { db } from "@/lib/db";
import { findLiveCode } from "./access-codes";
import { codeAttempt } from "./code-throttle";

export type TChildSignIn = { ok: true; userId: number; sessionVersion: number } | { ok: false; error: "invalid" | "rate_limited"; retryAfterSeconds?: number };

export async function signInWithChildCode(typed: string, ip: string): Promise<TChildSignIn> {
  const result = await codeAttempt(ip, async () => {
    const code = await findLiveCode(typed, ["CHILD_SIGN_IN"]);
    if (!code || code.uses > 0 || code.createdById === null) return null;
    const parentId = code.createdById;
    return db.$transaction(async (tx) => {
      const { count } = await tx.accessCode.updateMany({ where: { id: code.id, uses: 0, expiresAt: { gt: new Date() } }, data: { uses: 1 } });
      if (count !== 1) return null;
      const link = await tx.parentLink.findFirst({
        where: { schoolId: code.schoolId, parentId, childId: code.userId, parent: { isActive: true } },
        select: { id: true },
      });
      const child = await tx.user.findUnique({ where: { id: code.userId }, select: { isActive: true, sessionVersion: true } });
      if (!link || !child?.isActive) return null;
      await tx.user.update({ where: { id: code.userId }, data: { lastLoginAt: new Date() }, select: { id: true } });
      return { userId: code.userId, sessionVersion: child.sessionVersion };
    });
  });
  if (!result.ok) return { ok: false, error: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
  return result.value ? { ok: true, ...result.value } : { ok: false, error: "invalid" };
}
