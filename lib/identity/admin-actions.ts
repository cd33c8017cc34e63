"use server";
// What a school's administrator does about sign-in: print an invitation code beside a person's
// login (re-issuing makes the old one worthless), print a parent code for a pupil, unlink a
// provider identity (parent links are revoked with roster.unlinkParent), record the matching claim (kept only as a keyed hash), and
// turn password sign-in off for the school's staff. The regional administrator has the same
// switch for the whole region.
import { revalidatePath } from "next/cache";
import { regionAdminClient, schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { oidcSettings } from "@/lib/auth/oidc";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { z, zId } from "@/lib/validation";
import { issueCode } from "./access-codes";
import { claimHash } from "./identities";

async function schoolPerson(schoolId: number, userId: number, role?: "STUDENT") {
  return db.user.findFirst({
    where: { id: userId, roles: { some: { schoolId, ...(role ? { role } : {}) } } },
    select: { id: true, login: true, isActive: true },
  });
}

const personPath = (userId: number) => `/school/people/${userId}`;

export const issueInvitationCodeAction = schoolAdminClient
  .metadata({ name: "identity.issueInvitation" })
  .inputSchema(z.object({ userId: zId }))
  .action(async ({ parsedInput: { userId }, ctx: { user, schoolId } }) => {
    const person = await schoolPerson(schoolId, userId);
    if (!person?.isActive) throw new ActionError("not_found");
    const issued = await db.$transaction(async (tx) => {
      const code = await issueCode(tx, { schoolId, userId, kind: "INVITATION", createdById: user.id });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "invitation.issue", entityType: "AccessCode", entityId: code.id, after: { userId } });
      return code;
    });
    revalidatePath(personPath(userId));
    return { login: person.login, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });

export const issueParentCodeAction = schoolAdminClient
  .metadata({ name: "identity.issueParentCode" })
  .inputSchema(z.object({ studentId: zId }))
  .action(async ({ parsedInput: { studentId }, ctx: { user, schoolId } }) => {
    const pupil = await schoolPerson(schoolId, studentId, "STUDENT");
    if (!pupil?.isActive) throw new ActionError("not_found");
    const issued = await db.$transaction(async (tx) => {
      const code = await issueCode(tx, { schoolId, userId: studentId, kind: "PARENT", createdById: user.id });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "parentCode.issue", entityType: "AccessCode", entityId: code.id, studentId });
      return code;
    });
    revalidatePath(personPath(studentId));
    return { code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });

export const unlinkIdentityAction = schoolAdminClient
  .metadata({ name: "identity.unlink" })
  .inputSchema(z.object({ identityId: zId }))
  .action(async ({ parsedInput: { identityId }, ctx: { user, schoolId } }) => {
    const identity = await db.externalIdentity.findFirst({
      where: { id: identityId, user: { roles: { some: { schoolId } } } },
      select: { id: true, userId: true, issuer: true, method: true },
    });
    if (!identity) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.externalIdentity.delete({ where: { id: identity.id }, select: { id: true } });
      // Sessions opened through the identity end with it.
      await tx.user.update({ where: { id: identity.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "identity.unlink",
        entityType: "ExternalIdentity",
        entityId: identity.id,
        before: { userId: identity.userId, issuer: identity.issuer, method: identity.method },
      });
    });
    revalidatePath(personPath(identity.userId));
    return { identityId };
  });

export const setMatchClaimAction = schoolAdminClient
  .metadata({ name: "identity.setMatchClaim" })
  .inputSchema(z.object({ userId: zId, value: z.string().trim().max(40) }))
  .action(async ({ parsedInput: { userId, value }, ctx: { user, schoolId } }) => {
    const person = await schoolPerson(schoolId, userId);
    if (!person) throw new ActionError("not_found");
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { matchClaimHash: value ? claimHash(value) : null }, select: { id: true } });
      // The value itself never reaches the log.
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "person.setMatchClaim",
        entityType: "User",
        entityId: userId,
        after: { isSet: Boolean(value) },
      });
    });
    revalidatePath(personPath(userId));
    return { userId, isSet: Boolean(value) };
  });

const ZSwitchInput = z.object({ isOn: z.boolean() });

/** Password sign-in may be turned off only where the provider is there to come through instead. */
function assertProviderConfigured(isOn: boolean) {
  if (!isOn && !oidcSettings()) throw new ActionError("conflict");
}

export const setStaffPasswordSignInAction = schoolAdminClient
  .metadata({ name: "identity.setStaffPasswordSignIn" })
  .inputSchema(ZSwitchInput)
  .action(async ({ parsedInput: { isOn }, ctx: { user, schoolId } }) => {
    assertProviderConfigured(isOn);
    await db.$transaction(async (tx) => {
      await tx.school.update({ where: { id: schoolId }, data: { staffPasswordSignIn: isOn }, select: { id: true } });
      await recordAudit(tx, { schoolId, actorId: user.id, action: "school.staffPasswordSignIn", entityType: "School", entityId: schoolId, after: { isOn } });
    });
    revalidatePath("/school");
    return { isOn };
  });

export const setRegionStaffPasswordSignInAction = regionAdminClient
  .metadata({ name: "identity.setRegionStaffPasswordSignIn" })
  .inputSchema(ZSwitchInput)
  .action(async ({ parsedInput: { isOn }, ctx: { user, regionId } }) => {
    assertProviderConfigured(isOn);
    await db.$transaction(async (tx) => {
      await tx.region.update({ where: { id: regionId }, data: { staffPasswordSignIn: isOn }, select: { id: true } });
      await recordAudit(tx, {
        schoolId: null,
        actorId: user.id,
        action: "region.staffPasswordSignIn",
        entityType: "Region",
        entityId: regionId,
        after: { isOn },
      });
    });
    revalidatePath("/region");
    return { isOn };
  });
