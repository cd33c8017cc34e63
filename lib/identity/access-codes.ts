// Issuing and finding the codes of the AccessCode table. A code is shown once, when issued; the
// table keeps its keyed hash, its expiry and how often it was used.
import "server-only";
import type { TTransaction } from "@/lib/database/prisma";
import { db } from "@/lib/db";
import type { AccessCodeKind } from "@/lib/generated/prisma/enums";
import { formatCode, generateCode, keyedHash, normalizeCode } from "./codes";

export const CODE_LENGTH: Record<AccessCodeKind, number> = { INVITATION: 12, PARENT: 12, CHILD_SIGN_IN: 8 };
/** How many parents one parent code may link. */
export const PARENTS_PER_CODE = 2;
export const CHILD_CODE_SECONDS = 5 * 60;

/** Days an invitation or parent code is valid: INVITE_CODE_DAYS, 60 by default. */
export function inviteCodeDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.INVITE_CODE_DAYS);
  return Number.isInteger(days) && days > 0 && days <= 365 ? days : 60;
}

function lifetimeMs(kind: AccessCodeKind): number {
  return kind === "CHILD_SIGN_IN" ? CHILD_CODE_SECONDS * 1000 : inviteCodeDays() * 86_400_000;
}

export type TIssuedCode = { code: string; expiresAt: Date };

/**
 * A new code of `kind` for the person, replacing the unused and used ones of the same kind (a
 * re-issued invitation makes the printed one worthless). For child sign-in codes only the
 * issuing parent's earlier codes are replaced.
 */
export async function issueCode(
  tx: TTransaction,
  args: { schoolId: number; userId: number; kind: AccessCodeKind; createdById: number },
): Promise<TIssuedCode & { id: number }> {
  const { schoolId, userId, kind, createdById } = args;
  await tx.accessCode.deleteMany({ where: { schoolId, userId, kind, ...(kind === "CHILD_SIGN_IN" ? { createdById } : {}) } });
  const code = generateCode(CODE_LENGTH[kind]);
  const expiresAt = new Date(Date.now() + lifetimeMs(kind));
  const row = await tx.accessCode.create({ data: { schoolId, userId, kind, codeHash: keyedHash("code", code), expiresAt, createdById }, select: { id: true } });
  return { id: row.id, code: formatCode(code), expiresAt };
}

/** Invitation codes for many new people at once (an import): the printed codes and the rows to store. */
export function newInvitationCodes(count: number) {
  const expiresAt = new Date(Date.now() + lifetimeMs("INVITATION"));
  const raw = Array.from({ length: count }, () => generateCode(CODE_LENGTH.INVITATION));
  return { codes: raw.map(formatCode), rows: raw.map((code) => ({ codeHash: keyedHash("code", code), expiresAt })) };
}

export type TFoundCode = { id: number; schoolId: number; userId: number; kind: AccessCodeKind; uses: number; createdById: number | null };

/** A code of one of the kinds that has not expired, whatever its uses, or null. */
export async function findLiveCode(typed: string, kinds: readonly AccessCodeKind[]): Promise<TFoundCode | null> {
  const code = normalizeCode(typed);
  if (code.length < 8) return null;
  return db.accessCode.findFirst({
    where: { codeHash: keyedHash("code", code), kind: { in: [...kinds] }, expiresAt: { gt: new Date() } },
    select: { id: true, schoolId: true, userId: true, kind: true, uses: true, createdById: true },
  });
}

/** Counts one use of the code inside the transaction; false when another request took the last one. */
export async function takeUse(tx: TTransaction, codeId: number, maxUses: number): Promise<boolean> {
  const { count } = await tx.accessCode.updateMany({
    where: { id: codeId, uses: { lt: maxUses }, expiresAt: { gt: new Date() } },
    data: { uses: { increment: 1 } },
  });
  return count === 1;
}
