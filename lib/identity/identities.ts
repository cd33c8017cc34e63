// Who an identity at the region's provider is. An identity (issuer + subject) is linked to exactly
// one person, once: by an invitation code, by a parent code (a new parent account), or by the
// matching claim when exactly one active person holds its value. Never by e-mail.
import "server-only";
import type { JWT } from "next-auth/jwt";
import { recordAudit } from "@/lib/audit/record";
import type { TOidcProfile } from "@/lib/auth/oidc";
import type { TTransaction } from "@/lib/database/prisma";
import { db } from "@/lib/db";
import type { IdentityLinkMethod } from "@/lib/generated/prisma/enums";
import { keyedHash, normalizeClaim } from "./codes";
import { pendingToken } from "./pending";

/** The first school a person has a role in, for the audit log. */
export async function firstSchoolOf(tx: TTransaction, userId: number): Promise<number | null> {
  const role = await tx.userRole.findFirst({ where: { userId, schoolId: { not: null } }, orderBy: { id: "asc" }, select: { schoolId: true } });
  return role?.schoolId ?? null;
}

export async function linkIdentity(
  tx: TTransaction,
  args: { userId: number; issuer: string; subject: string; method: IdentityLinkMethod; actorId: number | null },
) {
  const row = await tx.externalIdentity.create({
    data: { userId: args.userId, issuer: args.issuer, subject: args.subject, method: args.method },
    select: { id: true },
  });
  await recordAudit(tx, {
    schoolId: await firstSchoolOf(tx, args.userId),
    actorId: args.actorId,
    action: "identity.link",
    entityType: "ExternalIdentity",
    entityId: row.id,
    after: { userId: args.userId, issuer: args.issuer, method: args.method },
  });
  return row.id;
}

/** The keyed hash of a claim value as stored on the person. */
export function claimHash(value: string): string {
  return keyedHash("claim", normalizeClaim(value));
}

/** Links by the matching claim when exactly one active person, not yet linked at this issuer, holds it. */
async function linkByClaim(issuer: string, subject: string, value: unknown): Promise<number | null> {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  if (!text) return null;
  const holders = await db.user.findMany({ where: { matchClaimHash: claimHash(text), isActive: true }, select: { id: true }, take: 2 });
  if (holders.length !== 1) return null;
  const userId = holders[0].id;
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.externalIdentity.findFirst({ where: { userId, issuer }, select: { id: true } })) return null;
      await linkIdentity(tx, { userId, issuer, subject, method: "CLAIM", actorId: null });
      return userId;
    });
  } catch {
    // Two sign-ins of one identity at once: the unique (issuer, subject) let one of them link.
    return (await db.externalIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { userId: true } }))?.userId ?? null;
  }
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 100) : null);

/**
 * The next-auth token for an identity the provider has just vouched for (openid-client verified
 * the ID token): the linked person's session, or a pending identity that may only enter a code.
 * A person who is deactivated gets neither.
 */
export async function tokenForIdentity(profile: TOidcProfile, matchClaim: string | null): Promise<JWT> {
  const issuer = String(profile.iss);
  const subject = String(profile.sub);
  let userId = (await db.externalIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { userId: true } }))?.userId ?? null;
  if (userId === null && matchClaim) userId = await linkByClaim(issuer, subject, profile[matchClaim]);
  if (userId === null) return pendingToken({ iss: issuer, sub: subject, familyName: text(profile.family_name), givenName: text(profile.given_name) });
  const user = await db.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() }, select: { isActive: true, sessionVersion: true } });
  if (!user.isActive) return {};
  return { sub: String(userId), sv: user.sessionVersion, loginAt: Math.floor(Date.now() / 1000) };
}
