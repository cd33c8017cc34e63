// Parents who link themselves to a child with the parent code the school printed for the child:
// a new account (with a password, or the provider's identity), or one more child for an account
// already signed in. A code links at most two parents; uses are counted on the code and never
// given back, so a revoked parent cannot link again with the same paper.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { TTransaction } from "@/lib/database/prisma";
import type { ParentLinkMethod } from "@/lib/generated/prisma/enums";
import { freeLogins } from "@/lib/roster/accounts";
import { PARENTS_PER_CODE, type TFoundCode, takeUse } from "./access-codes";

/** A password hash no password verifies against: the account signs in through the provider only. */
export const NO_PASSWORD_HASH = "!provider-only";

/** Links the parent to the code's child in one transaction; false if the code's places are gone. */
export async function linkParentByCode(
  tx: TTransaction,
  args: { code: TFoundCode; parentId: number; method: ParentLinkMethod; actorId: number },
): Promise<boolean> {
  const { code, parentId, method } = args;
  if (!(await takeUse(tx, code.id, PARENTS_PER_CODE))) return false;
  const schoolId = code.schoolId;
  const hasRole = await tx.userRole.findFirst({ where: { userId: parentId, role: "PARENT", schoolId }, select: { id: true } });
  if (!hasRole) await tx.userRole.create({ data: { userId: parentId, role: "PARENT", schoolId }, select: { id: true } });
  const link = await tx.parentLink.create({ data: { schoolId, parentId, childId: code.userId, method }, select: { id: true } });
  await recordAudit(tx, {
    schoolId,
    actorId: args.actorId,
    action: "parentLink.create",
    entityType: "ParentLink",
    entityId: link.id,
    studentId: code.userId,
    after: { parentId, childId: code.userId, method, codeId: code.id },
  });
  return true;
}

/** A new parent account (no roles yet: linkParentByCode gives the PARENT role). */
export async function createParentAccount(
  tx: TTransaction,
  person: { lastName: string; firstName: string; login?: string; passwordHash: string },
): Promise<{ id: number; login: string }> {
  const login = person.login ?? (await freeLogins([{ lastName: person.lastName, firstName: person.firstName }]))[0];
  return tx.user.create({
    data: { login, passwordHash: person.passwordHash, lastName: person.lastName, firstName: person.firstName },
    select: { id: true, login: true },
  });
}
