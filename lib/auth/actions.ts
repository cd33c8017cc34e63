"use server";
// Changing one's password: the current one is checked (failures count towards the sign-in
// throttle, so this form is no way around it), the new one must pass the minimum policy. The
// session version is bumped and every session row revoked, which ends every session of the person,
// this one included; the form
// then signs the person in again with the new password.
import { headers } from "next/headers";
import { authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { failFields } from "@/lib/forms/errors";
import { clientIp } from "@/lib/security/forwarded";
import { z } from "@/lib/validation";
import { knownDevice } from "./device";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { checkLoginRate, recordLoginAttempt } from "./rate-limit";
import { revokeAllServerSessions } from "./server-sessions";

const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
  repeatPassword: z.string().min(1).max(200),
});

export const changePasswordAction = authActionClient
  .metadata({ name: "auth.changePassword" })
  .inputSchema(ZChangePasswordInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const ip = clientIp(await headers());
    const device = await knownDevice(user.login);
    const rate = await checkLoginRate(user.login, ip, device);
    if (!rate.ok) throw new ActionError("rate_limited");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(row.passwordHash, input.currentPassword.slice(0, 200)))) {
      await recordLoginAttempt(user.login, ip, false, device);
      failFields(ZChangePasswordInput, [{ path: "currentPassword", message: "auth:changePassword.wrongCurrent" }]);
    }
    // The policy's problems are keys of the errors bundle ("password.tooShort").
    const problem = input.newPassword === input.currentPassword ? "auth:changePassword.sameAsOld" : passwordProblem(input.newPassword, user.login);
    if (problem) failFields(ZChangePasswordInput, [{ path: "newPassword", message: problem }]);
    if (input.repeatPassword !== input.newPassword) failFields(ZChangePasswordInput, [{ path: "repeatPassword", message: "auth:changePassword.mismatch" }]);
    const passwordHash = await hashPassword(input.newPassword);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      await revokeAllServerSessions(user.id, tx);
      await recordAudit(tx, {
        schoolId: user.roles.find((r) => r.schoolId !== null)?.schoolId ?? null,
        actorId: user.id,
        action: "password.change",
        entityType: "User",
        entityId: user.id,
      });
    });
    return { login: user.login };
  });
