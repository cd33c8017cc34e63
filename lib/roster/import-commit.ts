// Writing an import plan: accounts are prepared first (logins, one-time passwords, Argon2 hashes,
// a few at a time), then everything is written in one transaction with one audit event, so a
// failure leaves nothing half-imported.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { oidcSettings } from "@/lib/auth/oidc";
import { db } from "@/lib/db";
import { addDays, fromIsoDate, type TIsoDate } from "@/lib/i18n/dates";
import { newInvitationCodes } from "@/lib/identity/access-codes";
import { prepareAccounts } from "./accounts";
import type { TImportKind } from "./import/columns";
import { formatName, type TPersonRef, type TPlanOps } from "./import/plan-types";

export type TIssuedAccount = {
  key: string;
  role: "STUDENT" | "PARENT" | "TEACHER";
  name: string;
  login: string;
  password: string;
  /** The invitation code printed beside the login, where the region has an identity provider. */
  invitation: string | null;
  classId: number | null;
  childName: string | null;
};

export async function commitPlan(opts: { schoolId: number; actorId: number; kind: TImportKind; ops: TPlanOps; effectiveDate: TIsoDate; fileName: string }) {
  const { schoolId, ops } = opts;
  const accounts = await prepareAccounts(ops.newPeople.map((p) => p.name));
  const start = fromIsoDate(opts.effectiveDate);
  const invitations = oidcSettings() ? newInvitationCodes(ops.newPeople.length) : null;
  await db.$transaction(
    async (tx) => {
      const created = ops.newPeople.length
        ? await tx.user.createManyAndReturn({
            data: ops.newPeople.map((p, i) => ({
              login: accounts[i].login,
              passwordHash: accounts[i].passwordHash,
              mustChangePassword: true,
              lastName: p.name.lastName,
              firstName: p.name.firstName,
              middleName: p.name.middleName,
              birthDate: p.birthDate ? fromIsoDate(p.birthDate) : null,
              phone: p.phone,
              email: p.email,
            })),
            select: { id: true, login: true },
          })
        : [];
      const idOfLogin = new Map(created.map((u) => [u.login, u.id]));
      const idOfKey = new Map(ops.newPeople.map((p, i) => [p.key, idOfLogin.get(accounts[i].login)!]));
      const id = (ref: TPersonRef) => ("id" in ref ? ref.id : idOfKey.get(ref.newKey)!);
      if (created.length) {
        await tx.userRole.createMany({ data: ops.newPeople.map((p) => ({ userId: idOfKey.get(p.key)!, role: p.role, schoolId })) });
        if (invitations) {
          await tx.accessCode.createMany({
            data: ops.newPeople.map((p, i) => ({
              ...invitations.rows[i],
              schoolId,
              userId: idOfKey.get(p.key)!,
              kind: "INVITATION" as const,
              createdById: opts.actorId,
            })),
          });
        }
      }
      if (ops.enrolments.length) {
        await tx.enrolment.createMany({ data: ops.enrolments.map((e) => ({ schoolId, studentId: id(e.student), classId: e.classId, startDate: start })) });
      }
      for (const t of ops.transfers) {
        if (t.inPlace) {
          await tx.enrolment.update({ where: { id: t.enrolmentId, schoolId }, data: { classId: t.toClassId }, select: { id: true } });
        } else {
          await tx.enrolment.update({
            where: { id: t.enrolmentId, schoolId },
            data: { endDate: fromIsoDate(addDays(opts.effectiveDate, -1)) },
            select: { id: true },
          });
          await tx.enrolment.create({ data: { schoolId, studentId: t.studentId, classId: t.toClassId, startDate: start }, select: { id: true } });
        }
      }
      if (ops.links.length) {
        await tx.parentLink.createMany({ data: ops.links.map((l) => ({ schoolId, parentId: id(l.parent), childId: id(l.child) })), skipDuplicates: true });
      }
      for (const { personId, birthDate, ...contact } of ops.contactUpdates) {
        await tx.user.update({
          where: { id: personId },
          data: { ...contact, ...(birthDate ? { birthDate: fromIsoDate(birthDate) } : {}) },
          select: { id: true },
        });
      }
      await recordAudit(tx, {
        schoolId,
        actorId: opts.actorId,
        action: "roster.import",
        entityType: "School",
        entityId: schoolId,
        after: {
          kind: opts.kind,
          fileName: opts.fileName,
          effectiveDate: opts.effectiveDate,
          created: created.map((u) => u.id),
          enrolments: ops.enrolments.length,
          transfers: ops.transfers.map((t) => ({ studentId: t.studentId, from: t.fromClassId, to: t.toClassId })),
          links: ops.links.length,
          invitations: invitations ? created.length : 0,
          contactUpdates: ops.contactUpdates.map((c) => c.personId),
        },
      });
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
  // A parent's sheet names their child: the first child the import links them to.
  const nameOfKey = new Map(ops.newPeople.map((p) => [p.key, formatName(p.name)]));
  const childOf = new Map<string, TPersonRef>();
  for (const l of ops.links) if ("newKey" in l.parent && !childOf.has(l.parent.newKey)) childOf.set(l.parent.newKey, l.child);
  const existingChildren = [...childOf.values()].flatMap((r) => ("id" in r ? [r.id] : []));
  const known = existingChildren.length
    ? await db.user.findMany({ where: { id: { in: existingChildren } }, select: { id: true, lastName: true, firstName: true, middleName: true } })
    : [];
  const nameOfId = new Map(known.map((u) => [u.id, formatName(u)]));
  return ops.newPeople.map((p, i): TIssuedAccount => {
    const child = childOf.get(p.key);
    return {
      key: p.key,
      role: p.role,
      name: formatName(p.name),
      login: accounts[i].login,
      password: accounts[i].password,
      invitation: invitations?.codes[i] ?? null,
      classId: p.classId,
      childName: child ? (("newKey" in child ? nameOfKey.get(child.newKey) : nameOfId.get(child.id)) ?? null) : null,
    };
  });
}
