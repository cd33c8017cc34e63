"use server";
// What people do for themselves with a code: link the provider's identity (an invitation, or a
// parent code that makes a parent account), sign up as a parent with a password, add a child to
// one's account, and show a child a one-time sign-in code. Every code typed is throttled.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { actionClient, authActionClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { failFields } from "@/lib/forms/errors";
import { LOGIN_PATTERN } from "@/lib/roster/logins";
import { z, zId } from "@/lib/validation";
import { findLiveCode, issueCode } from "./access-codes";
import { throttledCodeAttempt } from "./code-throttle";
import { linkIdentity } from "./identities";
import { createParentAccount, linkParentByCode, NO_PASSWORD_HASH } from "./parents";
import { readPendingIdentity } from "./pending";

const zTypedCode = z.string().trim().min(1).max(40);
const zName = z.string().trim().max(60);
const CODE_INVALID = "auth:code.invalid";

/** Thrown inside a transaction to undo it when the code's last place was taken meanwhile. */
class CodeTaken extends Error {}

async function undoneIfTaken<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof CodeTaken) return null;
    throw error;
  }
}

const ZLinkIdentityInput = z.object({ code: zTypedCode, lastName: zName.optional(), firstName: zName.optional() });

export const linkIdentityAction = actionClient
  .metadata({ name: "identity.link" })
  .inputSchema(ZLinkIdentityInput)
  .action(async ({ parsedInput: input }) => {
    const pending = await readPendingIdentity();
    if (!pending) throw new ActionError("unauthenticated");
    const linked = await throttledCodeAttempt(async () => {
      const code = await findLiveCode(input.code, ["INVITATION", "PARENT"]);
      if (!code) return null;
      if (code.kind === "INVITATION") {
        if (code.uses > 0) return null;
        return undoneIfTaken(() =>
          db.$transaction(async (tx) => {
            const { count } = await tx.accessCode.updateMany({ where: { id: code.id, uses: 0 }, data: { uses: 1 } });
            const person = await tx.user.findUnique({ where: { id: code.userId }, select: { isActive: true } });
            const already = await tx.externalIdentity.findFirst({ where: { userId: code.userId, issuer: pending.iss }, select: { id: true } });
            if (count !== 1 || !person?.isActive || already) throw new CodeTaken();
            await linkIdentity(tx, { userId: code.userId, issuer: pending.iss, subject: pending.sub, method: "INVITATION", actorId: code.userId });
            return code.userId;
          }),
        );
      }
      const lastName = input.lastName || pending.familyName;
      const firstName = input.firstName || pending.givenName;
      if (!lastName || !firstName) failFields(ZLinkIdentityInput, [{ path: "lastName", message: "auth:link.nameNeeded" }]);
      return undoneIfTaken(() =>
        db.$transaction(async (tx) => {
          const parent = await createParentAccount(tx, { lastName, firstName, passwordHash: NO_PASSWORD_HASH });
          if (!(await linkParentByCode(tx, { code, parentId: parent.id, method: "PROVIDER", actorId: parent.id }))) throw new CodeTaken();
          await linkIdentity(tx, { userId: parent.id, issuer: pending.iss, subject: pending.sub, method: "PARENT_CODE", actorId: parent.id });
          return parent.id;
        }),
      );
    });
    if (linked === null) failFields(ZLinkIdentityInput, [{ path: "code", message: CODE_INVALID }]);
    return { linked: true };
  });

const zLogin = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .refine((v) => LOGIN_PATTERN.test(v), "admin:validation.login");

const ZSignUpParentInput = z.object({
  code: zTypedCode,
  lastName: zName.min(1),
  firstName: zName.min(1),
  login: zLogin,
  password: z.string().min(1).max(200),
  repeatPassword: z.string().min(1).max(200),
});

export const signUpParentAction = actionClient
  .metadata({ name: "identity.signUpParent" })
  .inputSchema(ZSignUpParentInput)
  .action(async ({ parsedInput: input }) => {
    const problem = passwordProblem(input.password, input.login);
    if (problem) failFields(ZSignUpParentInput, [{ path: "password", message: problem }]);
    if (input.repeatPassword !== input.password) failFields(ZSignUpParentInput, [{ path: "repeatPassword", message: "auth:changePassword.mismatch" }]);
    if (await db.user.findUnique({ where: { login: input.login }, select: { id: true } }))
      failFields(ZSignUpParentInput, [{ path: "login", message: "admin:validation.loginTaken" }]);
    const code = await throttledCodeAttempt(() => findLiveCode(input.code, ["PARENT"]));
    if (!code) failFields(ZSignUpParentInput, [{ path: "code", message: CODE_INVALID }]);
    const passwordHash = await hashPassword(input.password);
    const created = await undoneIfTaken(() =>
      db.$transaction(async (tx) => {
        const parent = await createParentAccount(tx, { lastName: input.lastName, firstName: input.firstName, login: input.login, passwordHash });
        if (!(await linkParentByCode(tx, { code, parentId: parent.id, method: "SIGN_UP", actorId: parent.id }))) throw new CodeTaken();
        return parent;
      }),
    );
    if (!created) failFields(ZSignUpParentInput, [{ path: "code", message: CODE_INVALID }]);
    return { login: created.login };
  });

const ZAddChildInput = z.object({ code: zTypedCode });

export const addChildAction = authActionClient
  .metadata({ name: "identity.addChild" })
  .inputSchema(ZAddChildInput)
  .action(async ({ parsedInput: input, ctx: { user } }) => {
    const code = await throttledCodeAttempt(async () => {
      const found = await findLiveCode(input.code, ["PARENT"]);
      return found && found.userId !== user.id ? found : null;
    });
    if (!code) failFields(ZAddChildInput, [{ path: "code", message: CODE_INVALID }]);
    if (await db.parentLink.findUnique({ where: { parentId_childId: { parentId: user.id, childId: code.userId } }, select: { id: true } }))
      failFields(ZAddChildInput, [{ path: "code", message: "auth:code.alreadyLinked" }]);
    const done = await undoneIfTaken(() =>
      db.$transaction(async (tx) => {
        if (!(await linkParentByCode(tx, { code, parentId: user.id, method: "ADDED", actorId: user.id }))) throw new CodeTaken();
        return true;
      }),
    );
    if (!done) failFields(ZAddChildInput, [{ path: "code", message: CODE_INVALID }]);
    revalidatePath("/diary");
    return { childId: code.userId };
  });

const ZIssueChildCodeInput = z.object({ studentId: zId });

/** The sign-in page's address on this server, for the QR code. */
async function signInPageUrl(): Promise<string> {
  const base = process.env.NEXTAUTH_URL ?? `http://${(await headers()).get("host") ?? "localhost"}`;
  return new URL("/login/code", base).toString();
}

export const issueChildSignInCodeAction = authActionClient
  .metadata({ name: "identity.issueChildCode" })
  .inputSchema(ZIssueChildCodeInput)
  .action(async ({ parsedInput: { studentId }, ctx: { user } }) => {
    const parentSchools = user.roles.filter((r) => r.role === "PARENT" && r.schoolId !== null).map((r) => r.schoolId as number);
    const link = await db.parentLink.findFirst({
      where: { parentId: user.id, childId: studentId, schoolId: { in: parentSchools }, child: { isActive: true } },
      select: { schoolId: true },
    });
    if (!link) throw new ActionError("not_found");
    const issued = await db.$transaction(async (tx) => {
      const code = await issueCode(tx, { schoolId: link.schoolId, userId: studentId, kind: "CHILD_SIGN_IN", createdById: user.id });
      await recordAudit(tx, { schoolId: link.schoolId, actorId: user.id, action: "childCode.issue", entityType: "AccessCode", entityId: code.id, studentId });
      return code;
    });
    // The code travels in the fragment, which the browser never sends to a server or its logs.
    const url = `${await signInPageUrl()}#${issued.code.replace(/-/g, "")}`;
    const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return { code: issued.code, expiresAt: issued.expiresAt.toISOString(), qrSvg };
  });
